package id.sakip.common.event;

/**
 * Where an event belongs: the agency code and its Kemendagri region codes
 * (province: 2 digits, kabupaten/kota: 4 digits). Every event carries it.
 */
public record EventScope(String agencyCode, String regionCode, String provinceCode) {
}
