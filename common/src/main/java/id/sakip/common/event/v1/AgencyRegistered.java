package id.sakip.common.event.v1;

/** An agency (Instansi / Perangkat Daerah / Kecamatan) was registered. */
public record AgencyRegistered(String agencyCode, String regionCode, String provinceCode, String name, String type) {
}
