package id.sakip.reporting.document;

import java.time.LocalDate;

/** The signature block: place and date, position, name, NIP. */
public record Signer(String place, LocalDate date, String position, String name, String nip) {
    public String placeAndDate() {
        return (place == null || place.isBlank() ? "................" : place) + ", " + Fmt.date(date);
    }
}
