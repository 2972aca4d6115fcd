/**
 * Payloads (CloudEvents {@code data}) of the v1 event types, shared by producers and consumers.
 * Each record mirrors the JSON Schema {@code events/schemas/<Name>.v1.json}; tests validate every
 * produced event against that schema. Amounts are decimals (JSON numbers), periods are
 * {@code Q1..Q4} (triwulan) or {@code M01..M12} (bulan).
 */
package id.sakip.common.event.v1;
