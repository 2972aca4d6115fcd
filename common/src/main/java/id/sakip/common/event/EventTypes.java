package id.sakip.common.event;

import java.util.Set;

/**
 * Event type names and topics. Type names are versioned ({@code .v1}); a breaking change to a
 * payload gets a new version published beside the old one. The JSON Schema of each type lives in
 * {@code events/schemas/<Name>.v1.json} in this module; {@code events/asyncapi.yaml} lists them.
 */
public final class EventTypes {
    private EventTypes() {
    }

    public static final String PREFIX = "id.sakip.";

    /** Topics: one per aggregate family, keyed by aggregate id. */
    public static final class Topics {
        private Topics() {
        }

        public static final String AGENCIES = "sakip.indicator.agencies";
        public static final String INDICATORS = "sakip.indicator.indicators";
        public static final String AGREEMENTS = "sakip.indicator.agreements";
        public static final String ROUNDS = "sakip.collection.rounds";
        public static final String MEASUREMENTS = "sakip.measurement.measurements";
        public static final String REPORTS = "sakip.reporting.reports";
        /** State topics (compacted): the latest record per key is the entity's full current state. */
        public static final String AGENCY_STATE = "sakip.indicator.agency-state";
        public static final String AGREEMENT_STATE = "sakip.indicator.agreement-state";
        public static final String MEASUREMENT_STATE = "sakip.measurement.measurement-state";
        public static final String ROUND_STATE = "sakip.collection.round-state";
    }

    public static final String AGENCY_REGISTERED = "id.sakip.indicator.AgencyRegistered.v1";
    public static final String INDICATOR_DEFINED = "id.sakip.indicator.IndicatorDefined.v1";
    public static final String INDICATOR_CHANGED = "id.sakip.indicator.IndicatorChanged.v1";
    public static final String AGREEMENT_SIGNED = "id.sakip.indicator.PerformanceAgreementSigned.v1";
    public static final String AGREEMENT_REVISED = "id.sakip.indicator.PerformanceAgreementRevised.v1";
    /** The two types of one payload, {@code PerformanceAgreementSigned}: a first version, and a revision. */
    public static final Set<String> AGREEMENT_SIGNED_OR_REVISED = Set.of(AGREEMENT_SIGNED, AGREEMENT_REVISED);
    public static final String ROUND_OPENED = "id.sakip.collection.CollectionRoundOpened.v1";
    public static final String FORM_SUBMITTED = "id.sakip.collection.FormSubmitted.v1";
    public static final String RECAP_APPROVED = "id.sakip.collection.RecapApproved.v1";
    public static final String RECAP_RETURNED = "id.sakip.collection.RecapReturned.v1";
    public static final String FORM_RETURNED = "id.sakip.collection.FormReturned.v1";
    public static final String ROUND_REOPENED = "id.sakip.collection.RoundReopened.v1";
    public static final String SUBMISSION_DEADLINE_APPROACHING = "id.sakip.collection.SubmissionDeadlineApproaching.v1";
    public static final String SUBMISSION_OVERDUE = "id.sakip.collection.SubmissionOverdue.v1";
    public static final String MEASUREMENT_COMPUTED = "id.sakip.measurement.MeasurementComputed.v1";
    public static final String MEASUREMENT_APPROVED = "id.sakip.measurement.MeasurementApproved.v1";
    public static final String MEASUREMENT_SIGNED = "id.sakip.measurement.MeasurementSigned.v1";
    public static final String REPORT_PUBLISHED = "id.sakip.reporting.ReportPublished.v1";
    /** An agency's profile with its units and their names, as it stands now (state topic). */
    public static final String AGENCY_STATE = "id.sakip.indicator.AgencyState.v1";
    /** The head's Perjanjian Kinerja in force for an agency's year (state topic). */
    public static final String AGREEMENT_IN_FORCE = "id.sakip.indicator.AgreementInForce.v1";
    /** The current measurement of an agency's period with its review, as it stands now (state topic). */
    public static final String CURRENT_MEASUREMENT = "id.sakip.measurement.CurrentMeasurement.v1";
    /** A collection round with each unit's form, submission and timeliness, as it stands now (state topic). */
    public static final String ROUND_STATE = "id.sakip.collection.RoundState.v1";
}
