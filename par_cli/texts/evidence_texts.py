"""The words of evidence files (`par evidence`, the reports' list of files), in both languages:
labels, help, and each problem's message and hint. Part of the one catalogue (labels.py)."""

from __future__ import annotations

EVIDENCE_TEXTS: dict[str, dict[str, str]] = {
    "note": {"en": "note", "vi": "lưu ý"},
    # -- help
    "help.evidence": {
        "en": "Evidence handed in as files: check them, bundle them to upload, make the folders for them.",
        "vi": "Tài liệu kiểm chứng dạng tệp: kiểm tra, đóng gói để nộp, tạo thư mục để lưu.",
    },
    "help.evidence.check": {
        "en": "Check every file the scores files name: there, readable, not empty, inside the evidence "
        "folder; list what no criterion claims, with each file's size and SHA-256.",
        "vi": "Kiểm tra mọi tệp mà các tệp điểm nêu: có tồn tại, đọc được, không rỗng, nằm trong thư mục "
        "tài liệu kiểm chứng; liệt kê tệp không thuộc tiêu chí nào, kèm kích thước và SHA-256.",
    },
    "help.evidence.bundle": {
        "en": "Write a zip to upload: a folder per criterion holding its files, and an index (xlsx, html).",
        "vi": "Tạo tệp zip để nộp: mỗi tiêu chí một thư mục chứa các tệp của tiêu chí, kèm danh mục "
        "(xlsx, html).",
    },
    "help.evidence.init": {
        "en": "Make the empty folder of each criterion (or one office's), named as the bundle names them.",
        "vi": "Tạo thư mục trống cho từng tiêu chí (hoặc của một phòng), đặt tên như trong gói hồ sơ.",
    },
    "help.evidence.input": {
        "en": "Scores file (YAML or workbook); repeat to merge the files of several offices.",
        "vi": "Tệp điểm (YAML hoặc Excel); lặp lại để gộp tệp của nhiều phòng.",
    },
    "help.evidence.dir": {
        "en": "The folder the files' paths are relative to (default: each scores file's own folder).",
        "vi": "Thư mục chứa tài liệu kiểm chứng, nơi tính đường dẫn tệp (mặc định: thư mục của tệp điểm).",
    },
    "help.evidence.require": {
        "en": "Each criterion the unit scores itself needs a file (as plan.evidence_files: required).",
        "vi": "Mỗi tiêu chí đơn vị tự chấm phải có tệp (như plan.evidence_files: required).",
    },
    "help.evidence.against": {
        "en": "A bundle made before: say which files were added, changed, moved or removed since.",
        "vi": "Gói hồ sơ đã tạo trước: cho biết tệp nào đã thêm, thay đổi, chuyển chỗ hoặc bỏ đi.",
    },
    "help.evidence.output": {
        "en": "The zip to write (atomically), e.g. ho_so_kiem_chung.zip.",
        "vi": "Tệp zip cần tạo (trọn vẹn), ví dụ ho_so_kiem_chung.zip.",
    },
    "help.evidence.init.dir": {
        "en": "The folder to make the criteria's folders in (made if need be; nothing is deleted).",
        "vi": "Thư mục để tạo các thư mục tiêu chí (tạo mới nếu chưa có; không xóa gì).",
    },
    "help.evidence.init.unit": {
        "en": "Only the criteria this office scores or contributes to (id or name).",
        "vi": "Chỉ các tiêu chí phòng này chấm hoặc gửi tài liệu (mã hoặc tên).",
    },
    "metavar.folder": {"en": "FOLDER", "vi": "THƯ_MỤC"},
    "xlsx.evidence_file": {"en": "Evidence file", "vi": "Tệp kiểm chứng"},  # a header readers/sheets.py knows
    # -- what the commands say
    "evidence.title": {"en": "Evidence files {year}", "vi": "Tài liệu kiểm chứng năm {year}"},
    "evidence.folder": {"en": "Evidence folder", "vi": "Thư mục tài liệu kiểm chứng"},
    "evidence.folder.beside": {
        "en": "beside each scores file",
        "vi": "cùng thư mục với từng tệp điểm",
    },
    "evidence.found": {"en": "Files", "vi": "Số tệp"},
    "evidence.found.value": {
        "en": "{files} for {criteria} criteria",
        "vi": "{files} tệp, cho {criteria} tiêu chí",
    },
    "evidence.size": {"en": "Size", "vi": "Dung lượng"},
    "evidence.bytes": {"en": "{size} bytes", "vi": "{size} byte"},
    "evidence.problems": {"en": "Problems", "vi": "Vấn đề"},
    "evidence.problems.value": {
        "en": "{errors} errors, {notes} notes",
        "vi": "{errors} lỗi, {notes} lưu ý",
    },
    "evidence.unclaimed": {
        "en": "In the folder, claimed by no criterion",
        "vi": "Có trong thư mục nhưng không thuộc tiêu chí nào",
    },
    "evidence.changes": {"en": "Changes since {against}", "vi": "Thay đổi so với {against}"},
    "evidence.since": {"en": "Since {against}", "vi": "So với {against}"},
    "evidence.since.value": {
        "en": "{added} added, {changed} changed, {moved} moved, {removed} removed, {same} unchanged",
        "vi": "thêm mới {added}, thay đổi {changed}, chuyển chỗ {moved}, bỏ đi {removed}, giữ nguyên {same}",
    },
    "evidence.change.added": {"en": "added", "vi": "thêm mới"},
    "evidence.change.changed": {"en": "changed", "vi": "đã thay đổi"},
    "evidence.change.moved": {"en": "moved", "vi": "chuyển chỗ"},
    "evidence.change.removed": {"en": "removed", "vi": "bỏ đi"},
    "evidence.col.criterion": {"en": "Criterion", "vi": "Tiêu chí"},
    "evidence.col.number": {"en": "Number", "vi": "Số, ký hiệu"},
    "evidence.col.date": {"en": "Date", "vi": "Ngày ban hành"},
    "evidence.col.title": {"en": "Title", "vi": "Trích yếu"},
    "evidence.col.file": {"en": "File", "vi": "Tệp"},
    "evidence.col.size": {"en": "Size (bytes)", "vi": "Dung lượng (byte)"},
    "evidence.col.sha256": {"en": "SHA-256", "vi": "SHA-256"},
    "evidence.col.change": {"en": "Change", "vi": "Thay đổi"},
    "evidence.col.before": {"en": "Before", "vi": "Trước đây"},
    "evidence.col.folder": {"en": "Folder", "vi": "Thư mục"},
    "evidence.col.state": {"en": "State", "vi": "Trạng thái"},
    "evidence.cite.number": {"en": "no. {number}", "vi": "số {number}"},
    "evidence.cite.date": {"en": "{date}", "vi": "ngày {date}"},
    "evidence.plan": {"en": "Plan", "vi": "Kế hoạch"},
    "evidence.index.title": {
        "en": "Index of evidence documents {year}",
        "vi": "Danh mục tài liệu kiểm chứng năm {year}",
    },
    "evidence.index.file": {"en": "Evidence index", "vi": "Danh mục tài liệu kiểm chứng"},
    "evidence.index.note": {
        "en": "SHA-256 is each file's fingerprint: a file changed by a single byte has another one.",
        "vi": "SHA-256 là dấu vân tay của từng tệp: tệp chỉ cần thay đổi một byte sẽ có mã khác.",
    },
    "evidence.bundle.title": {"en": "Evidence bundle", "vi": "Gói hồ sơ kiểm chứng"},
    "evidence.bundle": {"en": "Bundle", "vi": "Gói hồ sơ"},
    "evidence.bundle.value": {
        "en": "{files} files in {folders} folders",
        "vi": "{files} tệp trong {folders} thư mục",
    },
    "evidence.init.title": {"en": "Evidence folders", "vi": "Thư mục tài liệu kiểm chứng"},
    "evidence.init.made": {"en": "Folders", "vi": "Thư mục"},
    "evidence.init.value": {
        "en": "{made} made, {kept} already there",
        "vi": "tạo mới {made}, đã có {kept}",
    },
    "evidence.init.new": {"en": "made", "vi": "tạo mới"},
    "evidence.init.kept": {"en": "already there", "vi": "đã có"},
    # -- the signed report: its list of files (an appendix)
    "evidence.appendix": {"en": "APPENDIX", "vi": "PHỤ LỤC"},
    "evidence.appendix.title": {
        "en": "LIST OF EVIDENCE DOCUMENTS",
        "vi": "DANH MỤC TÀI LIỆU KIỂM CHỨNG",
    },
    "evidence.appendix.of": {
        "en": "(Attached to the self-assessment report {year})",
        "vi": "(Kèm theo Báo cáo tự đánh giá, chấm điểm năm {year})",
    },
    # -- problems
    "err.evidence-missing": {
        "en": "{id}: evidence file '{file}' is not in {folder}: no {kind} '{missing}'",
        "vi": "{id}: không có tệp kiểm chứng '{file}' trong {folder}: không thấy {kind} '{missing}'",
    },
    "hint.evidence-missing": {
        "en": "put the file there, or correct the path: it starts from {folder}, or from --evidence-dir",
        "vi": "đặt tệp vào đó, hoặc sửa đường dẫn: tính từ {folder}, hoặc từ --evidence-dir",
    },
    "evidence.kind.file": {"en": "file", "vi": "tệp"},
    "evidence.kind.folder": {"en": "folder", "vi": "thư mục"},
    "err.evidence-not-a-file": {
        "en": "{id}: evidence '{file}' is not a file",
        "vi": "{id}: '{file}' không phải là một tệp",
    },
    "hint.evidence-not-a-file": {
        "en": "name the file itself, not a folder",
        "vi": "ghi tên tệp, không ghi tên thư mục",
    },
    "err.evidence-unreadable": {
        "en": "{id}: evidence file '{file}' cannot be read ({reason})",
        "vi": "{id}: không đọc được tệp kiểm chứng '{file}' ({reason})",
    },
    "hint.evidence-unreadable": {
        "en": "give par permission to read it, or copy it again",
        "vi": "cấp quyền đọc tệp, hoặc sao chép lại tệp",
    },
    "err.evidence-empty": {
        "en": "{id}: evidence file '{file}' is empty",
        "vi": "{id}: tệp kiểm chứng '{file}' rỗng",
    },
    "hint.evidence-empty": {
        "en": "a copy was cut short: copy the document again",
        "vi": "tệp sao chép bị thiếu: hãy sao chép lại tài liệu",
    },
    "err.evidence-absolute": {
        "en": "{id}: evidence file '{file}' is an absolute path: whoever receives {folder} will not have it",
        "vi": "{id}: tệp kiểm chứng '{file}' là đường dẫn tuyệt đối: người nhận {folder} sẽ không có tệp này",
    },
    "hint.evidence-absolute": {
        "en": "copy the file into {folder} and write its path relative to it",
        "vi": "chép tệp vào {folder} và ghi đường dẫn tính từ thư mục đó",
    },
    "err.evidence-outside": {
        "en": "{id}: evidence file '{file}' lies outside {folder}",
        "vi": "{id}: tệp kiểm chứng '{file}' nằm ngoài {folder}",
    },
    "hint.evidence-outside": {
        "en": "copy the file into {folder}; '..' may not leave it",
        "vi": "chép tệp vào {folder}; '..' không được ra khỏi thư mục này",
    },
    "err.evidence-symlink-out": {
        "en": "{id}: evidence file '{file}' is a link to a file outside {folder}",
        "vi": "{id}: tệp kiểm chứng '{file}' là liên kết tới tệp nằm ngoài {folder}",
    },
    "hint.evidence-symlink-out": {
        "en": "copy the file itself into {folder}",
        "vi": "chép chính tệp đó vào {folder}",
    },
    "err.evidence-required": {
        "en": "{id}: scored without an evidence file, where files are required",
        "vi": "{id}: đã tự chấm nhưng chưa có tệp kiểm chứng, trong khi phải có tệp",
    },
    "hint.evidence-required": {
        "en": "add {{file: ...}} under its evidence",
        "vi": "thêm {{file: ...}} vào mục evidence của tiêu chí",
    },
    "hint.evidence-required.sheet": {
        "en": "write the file's path in its Evidence file cell",
        "vi": "ghi đường dẫn tệp vào ô Tệp kiểm chứng của tiêu chí",
    },
    "err.evidence-date": {
        "en": "{value} is not a date",
        "vi": "{value} không phải là ngày",
    },
    "hint.evidence-date": {
        "en": "write day/month/year, as 05/12/2024, or 2024-12-05",
        "vi": "ghi ngày/tháng/năm, như 05/12/2024, hoặc 2024-12-05",
    },
    "err.evidence-shared": {
        "en": "'{file}' is handed in for several criteria: {criteria}",
        "vi": "'{file}' được nộp cho nhiều tiêu chí: {criteria}",
    },
    "hint.evidence-shared": {
        "en": "right where one document covers them all; the bundle holds it in each one's folder",
        "vi": "đúng nếu một tài liệu dùng cho tất cả; gói hồ sơ đặt tệp vào thư mục của từng tiêu chí",
    },
    "err.evidence-unclaimed": {
        "en": "no criterion names this file",
        "vi": "không tiêu chí nào nêu tệp này",
    },
    "hint.evidence-unclaimed": {
        "en": "cite it under a criterion's evidence, or move it out of the folder",
        "vi": "nêu tệp trong mục evidence của một tiêu chí, hoặc chuyển tệp ra khỏi thư mục",
    },
    "err.evidence-dir": {
        "en": "not a folder",
        "vi": "không phải là thư mục",
    },
    "hint.evidence-dir": {
        "en": "name the folder that holds the evidence files",
        "vi": "ghi thư mục chứa các tệp kiểm chứng",
    },
    "err.not-a-bundle": {
        "en": "not a bundle par can read (not a zip, or a damaged one)",
        "vi": "không phải gói hồ sơ đọc được (không phải tệp zip, hoặc tệp bị hỏng)",
    },
    "hint.not-a-bundle": {
        "en": "name the zip par evidence bundle wrote",
        "vi": "ghi tệp zip do par evidence bundle tạo ra",
    },
}
