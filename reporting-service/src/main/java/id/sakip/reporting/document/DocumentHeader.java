package id.sakip.reporting.document;

/** What every document carries at its head: the agency, its government, the year and period, the number, who signs. */
public record DocumentHeader(String agencyCode, String agencyName, String government, int year, String period,
        String periodName, String documentNumber, Signer signer) {
}
