create database sakip_indicator;
create database sakip_collection;
create database sakip_measurement;
create database sakip_reporting;
