#!/usr/bin/env python3
"""Converts the public person-matching sets to the CLI's CSV header (cluster_id = ground truth).

historical_50k: first_name, surname, dob, gender, postcode_fake; birth_place goes to address.
FEBRL 3 / 4: given_name, surname, date_of_birth (yyyymmdd), postcode; street number, address_1,
address_2 and suburb form the address; soc_sec_id goes to nhs_number (since the fifth run). It is not an NHS
number: seven digits, it fails the modulus 11 check, so it can never make a deterministic link; it is compared
as evidence only (an identifier failing its check, ADR 0015 addendum 5), and Duke and JedAI read the same column.
"""
import csv, sys, os
csv.field_size_limit(10**9)

HEADER = "rec_id,cluster_id,agency,nhs_number,upn,first_name,middle_name,surname,dob,sex,postcode,address".split(",")

def iso(d):
    d = (d or "").strip()
    if len(d) == 8 and d.isdigit():
        y, m, dd = d[:4], d[4:6], d[6:]
        try:
            import datetime
            datetime.date(int(y), int(m), int(dd))
            return f"{y}-{m}-{dd}"
        except ValueError:
            return ""
    return d if len(d) == 10 else ""

def valid_iso(d):
    """The date when it is a real ISO date; the set has '1862-00-01' for 'month unknown', which the CLI rejects."""
    import datetime
    try:
        return datetime.date.fromisoformat((d or "").strip()).isoformat()
    except ValueError:
        return ""

def historical(src, dst):
    with open(src, newline="") as f, open(dst, "w", newline="") as g:
        w = csv.writer(g); w.writerow(HEADER)
        # QUOTE_NONE: a few names carry a stray double quote, which would otherwise swallow thousands of lines.
        for r in csv.DictReader(f, quoting=csv.QUOTE_NONE):
            dob = valid_iso(r["dob"])
            w.writerow([r["rec_id"], r["cluster_id"], "x", "", "", r["first_name"], "", r["surname"], dob,
                        r["gender"], r["postcode_fake"], r["birth_place"]])

def febrl(srcs, dst):
    with open(dst, "w", newline="") as g:
        w = csv.writer(g); w.writerow(HEADER)
        for agency, src in srcs:
            with open(src, newline="") as f:
                rows = csv.reader(f, skipinitialspace=True)
                head = [h.strip() for h in next(rows)]
                for row in rows:
                    r = dict(zip(head, [c.strip() for c in row]))
                    rid = r["rec_id"]
                    cluster = rid.split("-")[1]
                    addr = " ".join(x for x in [r["street_number"], r["address_1"], r["address_2"], r["suburb"]] if x)
                    w.writerow([rid + ("" if agency == "x" else "-" + agency), cluster, agency, r["soc_sec_id"], "", r["given_name"], "",
                                r["surname"], iso(r["date_of_birth"]), "", r["postcode"], addr])

if __name__ == "__main__":
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    historical(f"{data}/historical_figures_with_errors_50k.csv", f"{out}/historical_50k.csv")
    febrl([("x", f"{data}/febrl_dataset3.csv")], f"{out}/febrl3.csv")
    febrl([("a", f"{data}/febrl_dataset4a.csv"), ("b", f"{data}/febrl_dataset4b.csv")], f"{out}/febrl4.csv")
