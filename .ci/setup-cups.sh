#!/usr/bin/env bash
# A real print spooler for the printing tests: CUPS with the cups-pdf virtual
# printer. Jobs printed to the "PDF" queue land as PDF files in $OUT, where
# tests/ui/test_printing_cups.py counts their pages. See DESIGN.md section 8.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q cups printer-driver-cups-pdf >/dev/null

OUT=/var/spool/cups-pdf/fixdesk-test
QUEUE=PDF
mkdir -p "$OUT"
chmod 1777 "$OUT"
# One fixed folder whoever prints (the default is per user, under $HOME).
sed -i "s|^#\?Out .*|Out $OUT|" /etc/cups/cups-pdf.conf
# Readable by the test run whichever user it is.
sed -i "s|^#\?UserUMask .*|UserUMask 0022|" /etc/cups/cups-pdf.conf

# No systemd here: start the scheduler by hand unless it already runs.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    /usr/sbin/cupsd
fi
for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
done
lpstat -r | grep -q "is running" || { echo "cupsd did not start" >&2; exit 1; }

lpadmin -p "$QUEUE" -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd -E
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpadmin -d "$QUEUE"  # the default printer, so the print dialog offers it first

if [ -n "${CI_ENV_FILE:-}" ]; then
    echo "FIXDESK_TEST_CUPS_OUT=$OUT" >> "$CI_ENV_FILE"
    echo "FIXDESK_TEST_PRINTER=$QUEUE" >> "$CI_ENV_FILE"
fi
echo "CUPS is running; queue $QUEUE writes PDFs to $OUT"
