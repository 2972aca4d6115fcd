package id.sakip.indicator.agency;

/**
 * Something of an agency's profile changed in this transaction (registered, a unit added or
 * renamed): a synchronous CDI event, observed in the same transaction by the state projector.
 */
public record AgencyChanged(String agencyCode) {
}
