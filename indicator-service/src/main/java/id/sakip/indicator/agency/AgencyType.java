package id.sakip.indicator.agency;

/** Kind of agency (Perangkat Daerah): Kecamatan, Dinas, Badan, ... */
public enum AgencyType {
    KECAMATAN, DINAS, BADAN, SEKRETARIAT_DAERAH, INSPEKTORAT, KANTOR, OTHER
}
