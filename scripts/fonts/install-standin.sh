#!/usr/bin/env bash
# Installs a stand-in for the Thai government fonts so LibreOffice PDFs on Linux have the
# right metrics: "TH Sarabun New" built from Debian's Laksaman, and "TH SarabunPSK" aliased
# to it. Needs root, fonts-thai-tlwg and python3-fonttools. Safe to run twice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=/usr/local/share/fonts/th-sarabun-standin
if ! fc-list | grep -q "TH Sarabun New"; then
  /usr/bin/python3 "$here/sarabun-standin.py" "$dest" >/dev/null
fi
install -m 644 "$here/99-ita-sarabun-alias.conf" /etc/fonts/conf.d/99-ita-sarabun-alias.conf
fc-cache -f >/dev/null
fc-match "TH SarabunPSK"
