#!/usr/bin/env python3
"""Writes a sample import for the benchmark: UNITS new cells under the grassroots
organisations whose codes are given, and MEMBERS members spread over them, as two CSV
files (units.csv, members.csv) in OUT.

usage: scripts/import-sample.py OUT UNITS MEMBERS PARENT_CODE...
"""
import csv, os, sys

out, units, members, parents = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
os.makedirs(out, exist_ok=True)
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh"]
given = ["An", "Bình", "Cường", "Dũng", "Đức", "Hoa", "Hùng", "Lan", "Mai", "Nam", "Sơn", "Tâm"]
with open(os.path.join(out, "units.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Mã tổ chức", "Tên tổ chức", "Loại", "Mã tổ chức cấp trên", "Địa bàn", "Ngày thành lập"])
    for i in range(units):
        w.writerow([f"nhap-{i}", f"Chi bộ Nhập {i}", "Chi bộ trực thuộc", parents[i % len(parents)], "", ""])
with open(os.path.join(out, "members.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Mã đảng viên", "Họ và tên", "Năm sinh", "Ngày vào Đảng", "Tình trạng", "Mã chi bộ", "Tên đăng nhập"])
    for i in range(members):
        name = f"{family[i % 10]} {middle[i // 10 % 6]} {given[i // 60 % 12]}"
        w.writerow([f"NV{i:07d}", name, 1960 + i % 40, f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1990 + i % 30}",
                    "Chính thức" if i % 9 else "Dự bị", f"nhap-{i % units}", ""])
