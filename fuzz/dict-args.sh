#!/usr/bin/env bash
# fuzz/dict-args.sh TARGET: prints the libFuzzer dictionary argument for
# TARGET (nothing for targets whose input is not protocol text or wire, such
# as the `arbitrary`-driven ones). The one place a target's dictionary is
# named; `run.sh` and `campaign.sh` both ask it.
case "${1:?usage: fuzz/dict-args.sh TARGET}" in
    epp | epp_frame | rpp_epp) echo "-dict=dict/epp.dict" ;;
    rpp_json) echo "-dict=dict/rpp.dict" ;;
    epp_arbitrary | records_arbitrary | rpp_arbitrary | keyfile_arbitrary | dnssec_keyfile | mtl_signature | mtl_verify) ;;
    *) echo "-dict=dict/dns.dict" ;;
esac
