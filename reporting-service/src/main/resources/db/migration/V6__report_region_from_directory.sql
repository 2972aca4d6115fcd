-- ReportPublished requires the region and province codes: a report opened before its agency's
-- profile had arrived kept none; take them from the agency directory (which every write requires)
UPDATE report r SET region_code = d.region_code, province_code = d.province_code
  FROM agency_directory d
 WHERE r.agency_code = d.agency_code AND (r.region_code IS NULL OR r.province_code IS NULL);
