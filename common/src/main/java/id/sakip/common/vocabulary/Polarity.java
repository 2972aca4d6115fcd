package id.sakip.common.vocabulary;

/**
 * Polaritas of an indicator: whether a higher or a lower value is better, or whether the value
 * should stay inside a target range (the agreement then gives a lower and an upper bound for every target).
 */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE
}
