#!/usr/bin/env bash
# Loads the demo agency through the public API (idempotent): Kecamatan Kuala Betara, Kabupaten
# Tanjung Jabung Barat (Jambi), the agency of SOP seed 000, with four real-looking indicators, its
# signed 2026 Perjanjian Kinerja, a completed Q1 collection round (so a measurement and a summary
# exist) and an open Q2 round whose forms are waiting for the units.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
AGENCY=${DEMO_AGENCY:-1506-KEC-KUALA-BETARA}
IND=${INDICATOR_URL:-http://localhost:8081}
COL=${COLLECTION_URL:-http://localhost:8082}
REP=${REPORTING_URL:-http://localhost:8084}
tok() { "$HERE/token.sh" "$@"; }
call() { # METHOD URL TOKEN [BODY] -> body on stdout; fails on 5xx and unexpected 4xx
  local method=$1 url=$2 token=$3 body=${4:-} out code
  out=$(mktemp)
  code=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$url")
  if [ "$code" -ge 400 ] && [ "$code" != 409 ]; then
    echo "demo data: $method $url -> $code $(cat "$out")" >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }

# the demo agency's officers (deploy/keycloak/local/sakip-users-0.json), logged in through Keycloak
ADMIN=$(tok admin.sakip); TEAM=$(tok rizky.pratama); KEPALA=$(tok syahrial.anwar); SEK=$(tok nurhayati)

if [ "$(call GET "$COL/agreements?year=2026" "$TEAM" | json "d['total']")" != "0" ]; then
  echo "demo data: already loaded"; exit 0
fi
call POST "$IND/agencies" "$ADMIN" "{\"code\":\"$AGENCY\",\"name\":\"Kecamatan Kuala Betara\",\"type\":\"KECAMATAN\",\"regionCode\":\"1506\",\"address\":\"Jl. Lintas Timur, Kuala Betara, Kabupaten Tanjung Jabung Barat, Jambi\"}" >/dev/null

# a second agency of the same kabupaten (its officers are demo users too), and the demo agency's
# officials linked to their logins at Keycloak
call POST "$IND/agencies" "$ADMIN" "{\"code\":\"1506-KEC-BETARA\",\"name\":\"Kecamatan Betara\",\"type\":\"KECAMATAN\",\"regionCode\":\"1506\",\"address\":\"Jl. Lintas Timur, Betara, Kabupaten Tanjung Jabung Barat, Jambi\"}" >/dev/null
official() { # name nip position role tim-sakip username
  call POST "$IND/agencies/$AGENCY/officials" "$ADMIN" "{\"name\":\"$1\",\"nip\":\"$2\",\"position\":\"$3\",\"role\":\"$4\",\"timSakip\":$5,\"validFrom\":\"2026-01-01\",\"username\":\"$6\"}" >/dev/null
}
official "Drs. H. Syahrial Anwar, M.Si." 197501012000031001 "Camat Kuala Betara" KEPALA false syahrial.anwar
official "Hj. Nurhayati, S.Sos." 197803152005012003 "Sekretaris Camat" SEKRETARIS false nurhayati
official "Rizky Pratama, S.E." 198807212011011002 "Analis Kinerja, Ketua Tim SAKIP" STAF true rizky.pratama

indicator() { # code name unit polarity aggregation unit-code sasaran kind
  local existing
  existing=$(call GET "$IND/agencies/$AGENCY/indicators?size=100" "$TEAM" | json "[i['id'] for i in d['items'] if i['code']=='$1']")
  if [ "$existing" != "[]" ]; then echo "$existing" | tr -d "[]' "; return; fi
  call POST "$IND/agencies/$AGENCY/indicators" "$TEAM" "{\"code\":\"$1\",\"name\":\"$2\",\"kind\":\"$8\",\"sasaran\":\"$7\",\"unitOfMeasure\":\"$3\",\"polarity\":\"$4\",\"aggregation\":\"$5\",\"frequency\":\"QUARTERLY\",\"responsibleUnit\":\"$6\"}" | json "d['id']"
}
S1="Meningkatnya kualitas pelayanan publik di Kecamatan Kuala Betara"
S2="Meningkatnya kualitas penyelenggaraan pemerintahan desa"
IKM=$(indicator IKU-01 "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Kantor Camat" indeks HIGHER_IS_BETTER AVERAGE SEKRETARIAT "$S1" IKU)
LPPD=$(indicator IKU-02 "Persentase desa yang menyampaikan LPPDes tepat waktu" % HIGHER_IS_BETTER LAST SEKSI-PEMERINTAHAN "$S2" IKU)
MUSRENBANG=$(indicator IKK-01 "Jumlah musyawarah perencanaan pembangunan desa yang difasilitasi" kegiatan HIGHER_IS_BETTER CUMULATIVE SEKSI-PMD "$S2" IKK)
ADUAN=$(indicator IKK-02 "Jumlah pengaduan masyarakat yang belum ditindaklanjuti" pengaduan LOWER_IS_BETTER CUMULATIVE SEKSI-TRANTIB "$S1" IKK)

PK=$(call POST "$IND/agencies/$AGENCY/agreements" "$TEAM" "{\"year\":2026,\"items\":[
 {\"indicatorId\":\"$IKM\",\"annualTarget\":82,\"quarterTargets\":[80,82,83,83]},
 {\"indicatorId\":\"$LPPD\",\"annualTarget\":100,\"quarterTargets\":[25,50,75,100]},
 {\"indicatorId\":\"$MUSRENBANG\",\"annualTarget\":11,\"quarterTargets\":[8,3,0,0]},
 {\"indicatorId\":\"$ADUAN\",\"annualTarget\":8,\"quarterTargets\":[2,2,2,2]}]}")
PK_ID=$(echo "$PK" | json "d['id']"); PK_V=$(echo "$PK" | json "d['version']")
call POST "$IND/agreements/$PK_ID/sign" "$KEPALA" "{\"version\":$PK_V,\"signatoryName\":\"Drs. H. Syahrial Anwar, M.Si.\",\"signatoryNip\":\"197501012000031001\",\"signatoryPosition\":\"Camat Kuala Betara\"}" >/dev/null
echo "demo data: Perjanjian Kinerja 2026 signed; waiting for collection-service to receive it and the agency"
for _ in $(seq 1 60); do
  # the agency is known once its own SOP template answers (the directory is fed by AgencyRegistered)
  [ "$(call GET "$COL/agreements?year=2026" "$TEAM" | json "d['total']")" = "1" ] \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TEAM" "$COL/sop-templates/collection")" = 200 ] \
    && break
  sleep 1
done

step() { # token round key document-title [extra json members]
  local v
  v=$(call GET "$COL/rounds/$2" "$1" | json "d['version']")
  call POST "$COL/rounds/$2/steps/$3" "$1" "{\"version\":$v,\"document\":{\"documentTitle\":\"$4\"}${5:+,$5}}" >/dev/null
}
open_round() { # period: the collection SOP's steps 1-6, each by its role
  local round
  round=$(call POST "$COL/rounds" "$KEPALA" "{\"year\":2026,\"period\":\"$1\",\"disposition\":{\"documentTitle\":\"Disposisi pengumpulan data kinerja $1\"}}" | json "d['id']")
  step "$SEK" "$round" BRIEFING "Notulen rapat arahan pengumpulan data kinerja"
  step "$TEAM" "$round" PLAN "Program kerja pengumpulan data kinerja" "\"submissionDeadline\":\"$(date -u -d '+10 days' +%Y-%m-%dT%H:%M:%SZ)\""
  step "$TEAM" "$round" DOCUMENTS "Ceklist dokumen"
  step "$TEAM" "$round" PREPARE_FORMS "Formulir pengumpulan data capaian kinerja"
  step "$TEAM" "$round" DISTRIBUTE "Bukti tanda terima formulir"
  echo "$round"
}
ROUND=$(open_round Q1)
fill() { # unit indicator realisasi keterangan login
  local token form v
  token=$(tok "$5")
  form=$(call GET "$COL/rounds/$ROUND/forms" "$token" | json "[f['id'] for f in d if f['unitCode']=='$1'][0]")
  call POST "$COL/forms/$form/receipt" "$token" >/dev/null
  v=$(call GET "$COL/forms/$form" "$token" | json "d['version']")
  v=$(call PUT "$COL/forms/$form" "$token" "{\"version\":$v,\"rows\":[{\"indicatorCode\":\"$2\",\"realisasi\":$3,\"keterangan\":\"$4\"}]}" | json "d['version']")
  call POST "$COL/forms/$form/submit" "$token" "{\"version\":$v}" >/dev/null
}
fill SEKRETARIAT IKU-01 81.4 "Survei IKM triwulan I, 150 responden" dewi.lestari
fill SEKSI-PEMERINTAHAN IKU-02 27.3 "3 dari 11 desa menyampaikan LPPDes" m.yusuf
fill SEKSI-PMD IKK-01 7 "1 desa menunda musrenbang ke April" siti.aminah
fill SEKSI-TRANTIB IKK-02 1 "1 pengaduan jalan desa masih diproses" hendra.gunawan
V=$(call GET "$COL/rounds/$ROUND" "$TEAM" | json "d['version']")
call POST "$COL/rounds/$ROUND/recap" "$TEAM" "{\"version\":$V}" >/dev/null
step "$TEAM" "$ROUND" REPORT_RECAP "Draft laporan hasil pengumpulan data kinerja"
V=$(call GET "$COL/rounds/$ROUND" "$TEAM" | json "d['version']")
call POST "$COL/rounds/$ROUND/review/approve" "$SEK" "{\"version\":$V}" >/dev/null
step "$SEK" "$ROUND" REPORT_TO_HEAD "Laporan hasil pengumpulan data kinerja"
step "$TEAM" "$ROUND" ARCHIVE "Arsip hasil pengumpulan data kinerja"
open_round Q2 >/dev/null
for _ in $(seq 1 60); do
  [ "$(call GET "$REP/summaries?year=2026" "$KEPALA" | json "d['total']")" = "1" ] && break; sleep 1
done
echo "demo data: Q1 2026 approved and measured (see $REP/summaries), Q2 2026 forms open"
