"""How each problem reads: ``err.<code>`` is the message, ``hint.<code>`` how to fix it.

Placeholders are the problem's params (see `problems.py`); a test checks that every code has a
message in every language, with the same placeholders.
"""

from __future__ import annotations

# The parser's (libyaml's) own words in a yaml-syntax problem, for a Vietnamese reader.
YAML_PHRASES_VI = {
    "could not find expected ':'": "thiếu dấu ':' sau khóa",
    "mapping values are not allowed in this context": "không được có cặp khóa: giá trị ở chỗ này",
    "mapping values are not allowed here": "không được có cặp khóa: giá trị ở chỗ này",
    "did not find expected key": "không tìm thấy khóa cần có",
    "did not find expected '-' indicator": "không tìm thấy dấu '-' của mục danh sách",
    "did not find expected node content": "không tìm thấy giá trị cần có",
    "did not find expected ',' or ']'": "thiếu dấu ',' hoặc ']'",
    "did not find expected ',' or '}'": "thiếu dấu ',' hoặc '}'",
    "found character that cannot start any token": "có ký tự không thể mở đầu một giá trị",
    "found unexpected end of stream": "tệp kết thúc khi chưa đóng dấu ngoặc hay dấu nháy",
    "found undefined tag handle": "có thẻ không xác định",
    "found unknown escape character": "có ký tự thoát không hợp lệ",
    "block sequence entries are not allowed in this context": "không được có mục danh sách ở chỗ này",
    "while scanning a simple key": "khi đọc một khóa",
    "while scanning a quoted scalar": "khi đọc một chuỗi trong dấu nháy",
    "while parsing a block mapping": "khi đọc một ánh xạ",
    "while parsing a block collection": "khi đọc một danh sách",
    "while parsing a flow sequence": "khi đọc một danh sách trong [ ]",
    "while parsing a flow mapping": "khi đọc một ánh xạ trong { }",
    "while parsing a block node": "khi đọc một giá trị",
    "while parsing a flow node": "khi đọc một giá trị",
}

PROBLEM_TEXTS: dict[str, dict[str, str]] = {
    "hint.did_you_mean": {"en": "did you mean '{name}'?", "vi": "có phải là '{name}'?"},
    # -- an unknown key that is a key of another mapping of the file: where it belongs
    "key.belongs": {"en": "'{name}' belongs {place}", "vi": "'{name}' phải đặt {place}"},
    "place.top": {"en": "at the top of the file", "vi": "ở cấp ngoài cùng của tệp"},
    "place.under": {"en": "under {place}", "vi": "dưới {place}"},
    "place.key": {"en": "{path}:", "vi": "{path}:"},
    "place.item": {"en": "an item of {path}:", "vi": "một mục của {path}:"},
    "place.entry": {"en": "an entry of {path}:", "vi": "một mục của {path}:"},
    "place.criterion": {"en": "a criterion in {path}:", "vi": "một tiêu chí trong {path}:"},
    "place.within": {"en": "{inner} of {outer}", "vi": "{inner} của {outer}"},
    "problems.more": {
        "en": "... and {count} more problems (fix these first)",
        "vi": "... và {count} lỗi khác (hãy sửa các lỗi trên trước)",
    },
    # -- the system's reasons (the errno names), where it gives one
    "os.ENOSPC": {"en": "no space left on the device", "vi": "thiết bị đã hết chỗ trống"},
    "os.EBADF": {"en": "the stream is closed", "vi": "luồng ghi đã đóng"},
    "os.EACCES": {"en": "permission denied", "vi": "không có quyền truy cập"},
    "os.EPERM": {"en": "operation not permitted", "vi": "thao tác không được phép"},
    "os.EFBIG": {
        "en": "the file is larger than the system allows",
        "vi": "tệp lớn hơn mức hệ thống cho phép",
    },
    "os.EROFS": {"en": "the file system is read-only", "vi": "hệ thống tệp chỉ cho đọc"},
    "os.EIO": {"en": "input/output error", "vi": "lỗi vào/ra"},
    "os.EISDIR": {"en": "it is a directory", "vi": "đó là một thư mục"},
    "os.ENOENT": {"en": "no such file or folder", "vi": "không có tệp hay thư mục này"},
    "os.ENOTDIR": {
        "en": "a part of the path is not a folder",
        "vi": "một phần của đường dẫn không phải thư mục",
    },
    "os.EDQUOT": {"en": "the disk quota is used up", "vi": "đã dùng hết hạn mức đĩa"},
    "os.ENXIO": {"en": "no such device", "vi": "không có thiết bị này"},
    # -- reading a file
    "err.no-such-file": {"en": "no such file", "vi": "không có tệp này"},
    "hint.no-such-file": {"en": "check the path", "vi": "kiểm tra lại đường dẫn"},
    "err.not-a-file": {"en": "is a directory, not a file", "vi": "là một thư mục, không phải tệp"},
    "hint.not-a-file": {"en": "give the path of {wanted}", "vi": "hãy chỉ đường dẫn tới {wanted}"},
    "wanted.plan": {"en": "a plan's YAML file of criteria", "vi": "tệp YAML tiêu chí của một kế hoạch"},
    "wanted.scores": {
        "en": "a scores file: YAML, or a workbook .xlsx, .xls or .ods",
        "vi": "một tệp điểm: YAML, hoặc bảng tính .xlsx, .xls hay .ods",
    },
    "wanted.bundle": {
        "en": "a .zip bundle made by par evidence bundle",
        "vi": "tệp nén .zip do par evidence bundle tạo",
    },
    "err.permission-denied": {"en": "permission denied", "vi": "không có quyền đọc tệp"},
    "hint.permission-denied": {"en": "check the file's permissions", "vi": "kiểm tra quyền truy cập tệp"},
    "err.cannot-read": {"en": "cannot read the file: {reason}", "vi": "không đọc được tệp: {reason}"},
    "err.file-too-large": {"en": "the file is larger than {limit} MiB", "vi": "tệp lớn hơn {limit} MiB"},
    "hint.file-too-large": {
        "en": "a criteria or scores file is a few hundred KiB at most; is this the right file?",
        "vi": "tệp tiêu chí hoặc tệp điểm chỉ vài trăm KiB; có đúng tệp không?",
    },
    "err.not-utf8": {"en": "the file is not UTF-8 text", "vi": "tệp không phải văn bản UTF-8"},
    "hint.not-utf8": {
        "en": "save it as UTF-8; is this the right file?",
        "vi": "hãy lưu dưới dạng UTF-8; có đúng tệp không?",
    },
    "err.control-character": {
        "en": "the file holds the control character #x{character}",
        "vi": "tệp chứa ký tự điều khiển #x{character}",
    },
    "hint.control-character": {
        "en": "a YAML file is text; is this the right file?",
        "vi": "tệp YAML là văn bản; có đúng tệp không?",
    },
    "err.empty-file": {"en": "the file is empty", "vi": "tệp rỗng"},
    "hint.empty-file": {
        "en": "fill it in, or give another file",
        "vi": "hãy điền nội dung, hoặc chọn tệp khác",
    },
    # -- YAML
    "err.yaml-syntax": {"en": "not valid YAML: {problem}", "vi": "không phải YAML hợp lệ: {problem}"},
    "hint.yaml-syntax": {
        "en": "check the indentation and the ':' after each key",
        "vi": "kiểm tra thụt lề và dấu ':' sau mỗi khóa",
    },
    "err.colon-in-text": {
        "en": "the text of '{key}' holds ': ', which YAML reads as the start of another key",
        "vi": "nội dung của '{key}' có dấu ': ', YAML hiểu là bắt đầu một khóa khác",
    },
    "hint.colon-in-text": {
        "en": 'put the whole text in double quotes: {key}: "..."',
        "vi": 'đặt cả nội dung trong dấu ngoặc kép: {key}: "..."',
    },
    "err.tab-indent": {"en": "a tab character is used for indentation", "vi": "dùng ký tự tab để thụt lề"},
    "hint.tab-indent": {"en": "indent with spaces", "vi": "hãy thụt lề bằng dấu cách"},
    "err.duplicate-key": {"en": "duplicate key '{key}'", "vi": "khóa '{key}' bị lặp"},
    "hint.duplicate-key": {
        "en": "each key may appear once; remove or rename one",
        "vi": "mỗi khóa chỉ xuất hiện một lần; hãy xóa hoặc đổi tên một khóa",
    },
    "err.key-not-text": {
        "en": "a key must be plain text, not a list or mapping",
        "vi": "khóa phải là văn bản, không phải danh sách hay ánh xạ",
    },
    "err.too-deep": {
        "en": "nested too deeply (at most {depth} levels)",
        "vi": "lồng quá sâu (tối đa {depth} cấp)",
    },
    "hint.too-deep": {"en": "flatten the structure", "vi": "hãy làm phẳng cấu trúc"},
    "err.anchor": {"en": "anchor '&{name}' is not allowed", "vi": "không được dùng neo '&{name}'"},
    "hint.anchor": {"en": "write each value out in full", "vi": "hãy viết đầy đủ từng giá trị"},
    "err.alias": {"en": "alias '*{name}' is not allowed", "vi": "không được dùng bí danh '*{name}'"},
    "hint.alias": {"en": "write the value out in full", "vi": "hãy viết đầy đủ giá trị"},
    "err.tag": {"en": "tag '{tag}' is not allowed", "vi": "không được dùng thẻ '{tag}'"},
    "hint.tag": {
        "en": "remove the tag; values are read as text",
        "vi": "hãy bỏ thẻ; giá trị được đọc như văn bản",
    },
    "err.flow-list-of-text": {
        "en": "{key}: [ ... ] reads as {count} separate texts, split at each comma",
        "vi": "{key}: [ ... ] được đọc thành {count} đoạn văn bản riêng, tách ở mỗi dấu phẩy",
    },
    "hint.flow-list-of-text": {
        "en": "write each item on a line of its own after '- ', or quote each item",
        "vi": "hãy viết mỗi mục một dòng sau '- ', hoặc đặt mỗi mục trong dấu ngoặc kép",
    },
    "err.several-documents": {
        "en": "more than one YAML document ('---')",
        "vi": "có nhiều hơn một tài liệu YAML ('---')",
    },
    "hint.several-documents": {"en": "keep one document per file", "vi": "mỗi tệp chỉ một tài liệu"},
    # -- shapes
    "err.not-a-mapping": {
        "en": "{file} must be a mapping of keys at the top level, not {found}",
        "vi": "{file} phải là một ánh xạ các khóa ở cấp cao nhất, không phải {found}",
    },
    "hint.not-a-mapping": {
        "en": "start with keys such as {keys}",
        "vi": "hãy bắt đầu bằng các khóa như {keys}",
    },
    "err.missing-key": {
        "en": "{parent}: missing required key '{key}'",
        "vi": "{parent}: thiếu khóa bắt buộc '{key}'",
    },
    "err.unknown-key": {"en": "unknown key '{key}'", "vi": "khóa không hợp lệ '{key}'"},
    "hint.unknown-key": {"en": "remove it, or check its indentation", "vi": "hãy xóa, hoặc kiểm tra thụt lề"},
    "err.expected-mapping": {
        "en": "a mapping of keys is expected here, not {found}",
        "vi": "cần một ánh xạ các khóa ở đây, không phải {found}",
    },
    "err.expected-list": {
        "en": "a list is expected here, not {found}",
        "vi": "cần một danh sách ở đây, không phải {found}",
    },
    "err.expected-some": {"en": "at least one entry is needed here", "vi": "cần ít nhất một mục ở đây"},
    "err.expected-text": {"en": "text is expected here", "vi": "cần một đoạn văn bản ở đây"},
    "err.expected-whole-number": {
        "en": "a whole number is expected here, e.g. 2024",
        "vi": "cần một số nguyên ở đây, ví dụ 2024",
    },
    "err.expected-date": {
        "en": "a date is expected here, written YYYY-MM-DD",
        "vi": "cần một ngày ở đây, viết dạng YYYY-MM-DD",
    },
    "err.expected-choice": {"en": "expected {choices}", "vi": "cần một trong các giá trị {choices}"},
    "err.out-of-range": {"en": "{limit} is expected here", "vi": "cần {limit} ở đây"},
    "limit.at_least": {"en": "a number of at least {value}", "vi": "một số không nhỏ hơn {value}"},
    "limit.at_most": {"en": "a number of at most {value}", "vi": "một số không lớn hơn {value}"},
    "err.invalid-value": {"en": "{detail}", "vi": "giá trị không hợp lệ ({detail})"},
    "err.bad-id": {
        "en": "{value} is not a criterion id",
        "vi": "{value} không phải mã tiêu chí",
    },
    "hint.bad-id": {
        "en": 'write it as printed, e.g. "3" or "3.4"',
        "vi": 'hãy viết như bản in, ví dụ "3" hoặc "3.4"',
    },
    "err.bad-unit-id": {"en": "{value} is not a unit id", "vi": "{value} không phải mã đơn vị"},
    "hint.bad-unit-id": {
        "en": "use lower-case ASCII letters, digits and '_', e.g. noi_vu",
        "vi": "dùng chữ thường không dấu, chữ số và '_', ví dụ noi_vu",
    },
    "err.bad-abbreviation": {
        "en": "'{value}' cannot end a document's number (No. 12/BC-{value})",
        "vi": "'{value}' không dùng được làm chữ viết tắt trong số văn bản (Số: 12/BC-{value})",
    },
    "hint.bad-abbreviation": {
        "en": "use letters and digits, a hyphen between parts, no space or slash, e.g. UBND or TC-KH",
        "vi": "dùng chữ cái và chữ số, gạch nối giữa các phần, không có dấu cách hay dấu /, ví dụ UBND "
        "hoặc TC-KH",
    },
    # -- numbers
    "err.not-a-number": {"en": "{text} is not a number", "vi": "{text} không phải là số"},
    "value.quoted": {"en": "'{text}'", "vi": "'{text}'"},  # a refused value, as written
    "value.empty": {"en": "an empty value", "vi": "giá trị rỗng"},
    "hint.not-a-number": {
        "en": "write digits with a decimal point or comma, e.g. 6.928 or 6,928",
        "vi": "hãy viết chữ số, dấu thập phân là dấu chấm hoặc dấu phẩy, ví dụ 6.928 hoặc 6,928",
    },
    "err.negative-number": {
        "en": "'{text}' is negative; a score is at least 0",
        "vi": "'{text}' là số âm; điểm không nhỏ hơn 0",
    },
    "err.mixed-separators": {
        "en": "'{text}' mixes ',' and '.'",
        "vi": "'{text}' dùng cả ',' và '.'",
    },
    "hint.mixed-separators": {
        "en": "use one decimal separator and no thousands separator",
        "vi": "chỉ dùng một dấu thập phân, không dùng dấu phân cách hàng nghìn",
    },
    "err.too-many-decimals": {
        "en": "'{text}' has {count} decimals; scores have at most {max}",
        "vi": "'{text}' có {count} chữ số thập phân; điểm có tối đa {max}",
    },
    "err.too-many-digits": {
        "en": "'{text}' has more than {max} digits before the decimal separator",
        "vi": "'{text}' có hơn {max} chữ số ở phần nguyên",
    },
    "hint.too-many-digits": {"en": "is this a score?", "vi": "đây có phải là điểm không?"},
    # -- a plan's values against each other
    "err.duplicate-unit": {"en": "unit id '{id}' is used twice", "vi": "mã đơn vị '{id}' bị dùng hai lần"},
    "hint.duplicate-unit": {"en": "give each unit its own id", "vi": "mỗi đơn vị một mã riêng"},
    "err.spelling-twice": {
        "en": "'{spelling}' names both units '{first}' and '{second}'",
        "vi": "'{spelling}' chỉ cả hai đơn vị '{first}' và '{second}'",
    },
    "hint.spelling-twice": {"en": "keep it in one", "vi": "chỉ giữ ở một đơn vị"},
    "err.members-not-group": {
        "en": "unit '{id}' has members but is not a group",
        "vi": "đơn vị '{id}' có thành viên nhưng không phải nhóm",
    },
    "hint.members-not-group": {
        "en": "add kind: group, or remove members",
        "vi": "thêm kind: group, hoặc bỏ members",
    },
    "err.group-in-group": {
        "en": "group '{id}' cannot be a member",
        "vi": "nhóm '{id}' không thể là thành viên",
    },
    "hint.group-in-group": {"en": "list its units instead", "vi": "hãy liệt kê các đơn vị của nhóm"},
    "err.unknown-unit": {"en": "unknown unit '{id}'", "vi": "không có đơn vị '{id}'"},
    "hint.unknown-unit": {"en": "add it under units:", "vi": "hãy thêm vào units:"},
    "err.duplicate-id": {"en": "id '{id}' is used twice", "vi": "mã '{id}' bị dùng hai lần"},
    "hint.duplicate-id": {"en": "give each row its own id", "vi": "mỗi dòng một mã riêng"},
    "err.field-id-dot": {"en": "field id '{id}' has a dot", "vi": "mã lĩnh vực '{id}' có dấu chấm"},
    "hint.field-id-dot": {
        "en": 'a field\'s id is one part, e.g. "3"',
        "vi": 'mã lĩnh vực chỉ có một phần, ví dụ "3"',
    },
    "err.id-not-under-parent": {
        "en": "id '{id}' does not lie under '{parent}'",
        "vi": "mã '{id}' không nằm dưới '{parent}'",
    },
    "hint.id-not-under-parent": {
        "en": "ids under {parent} read {parent}.1, {parent}.2, ...",
        "vi": "các mã dưới {parent} là {parent}.1, {parent}.2, ...",
    },
    "err.above-max": {
        "en": "{id}: {column} {value} is above the maximum {max}",
        "vi": "{id}: {column} {value} lớn hơn điểm tối đa {max}",
    },
    "err.baseline-missing": {
        "en": "{label} has no baseline, but the plan has baseline_year {year}",
        "vi": "{label} không có điểm năm trước (baseline), nhưng kế hoạch có baseline_year {year}",
    },
    "hint.baseline-missing": {
        "en": "give its {year} score; for a first-year plan, remove baseline_year and every baseline",
        "vi": "hãy ghi điểm năm {year}; với kế hoạch năm đầu, hãy bỏ baseline_year và mọi baseline",
    },
    "err.baseline-without-year": {
        "en": "{label} has a baseline, but the plan has no baseline_year",
        "vi": "{label} có điểm năm trước (baseline), nhưng kế hoạch không có baseline_year",
    },
    "hint.baseline-without-year": {
        "en": "add baseline_year: YYYY under plan:, or remove the baseline",
        "vi": "hãy thêm baseline_year: NĂM vào mục plan:, hoặc bỏ baseline",
    },
    "err.scored-by-conflict": {
        "en": "{id} is scored by the unit, but lies under {parent}, which is scored by survey",
        "vi": "{id} do đơn vị tự chấm, nhưng nằm dưới {parent} là tiêu chí chấm bằng điều tra xã hội học",
    },
    "hint.scored-by-conflict": {
        "en": "mark the sub-criteria one by one instead of {parent}",
        "vi": "hãy ghi scored_by cho từng tiêu chí thành phần thay vì cho {parent}",
    },
    "err.part-of-group": {
        "en": "'{id}': a desk is part of a unit, never of a group, and a group is part of nothing",
        "vi": "'{id}': bộ phận chỉ thuộc một đơn vị, không thuộc nhóm, và nhóm không thuộc đơn vị nào",
    },
    "err.part-of-part": {
        "en": "'{id}' is part of '{parent}', which is itself part of a unit or of '{id}'",
        "vi": "'{id}' thuộc '{parent}', mà '{parent}' lại thuộc một đơn vị khác hoặc thuộc '{id}'",
    },
    "hint.part-of-part": {
        "en": "name the unit the desk belongs to directly",
        "vi": "hãy ghi thẳng đơn vị mà bộ phận trực thuộc",
    },
    "err.mismatch-on-leaf": {
        "en": "{id} has no rows below it to mismatch",
        "vi": "{id} không có dòng con nên không thể lệch",
    },
    "hint.mismatch-on-leaf": {"en": "remove source_mismatch", "vi": "hãy bỏ source_mismatch"},
    "err.lead-text-without-lead": {
        "en": "{id}: lead_text is given but lead names no unit",
        "vi": "{id}: có lead_text nhưng lead không có đơn vị nào",
    },
    "hint.lead-text-without-lead": {
        "en": "list the unit ids under lead",
        "vi": "hãy ghi mã đơn vị vào lead",
    },
    "err.lead-text-missing-unit": {
        "en": "{id}: lead_text '{text}' does not name unit '{unit}'",
        "vi": "{id}: lead_text '{text}' không nêu đơn vị '{unit}'",
    },
    "hint.lead-text-missing-unit": {
        "en": "add the spelling used here to the unit's spellings, or fix lead",
        "vi": "hãy thêm cách viết này vào spellings của đơn vị, hoặc sửa lead",
    },
    "err.lead-text-extra": {
        "en": "{id}: lead_text names '{rest}', which lead lacks",
        "vi": "{id}: lead_text nêu '{rest}' mà lead không có",
    },
    "hint.lead-text-extra": {
        "en": "add its unit to lead, or its spelling to that unit",
        "vi": "hãy thêm đơn vị vào lead, hoặc thêm cách viết vào đơn vị đó",
    },
    "err.subtotal-mismatch": {
        "en": "{label}: {column} is printed as {printed} but the rows below sum to {computed} "
        "(difference {difference})",
        "vi": "{label}: {column} in là {printed} nhưng tổng các dòng con là {computed} "
        "(chênh lệch {difference})",
    },
    "hint.subtotal-mismatch": {
        "en": "fix the number, or if the source prints it so, record it under "
        "source_mismatch: {key}: {{difference: {difference}, reason: ...}}",
        "vi": "hãy sửa số, hoặc nếu văn bản gốc in như vậy, ghi lại ở "
        "source_mismatch: {key}: {{difference: {difference}, reason: ...}}",
    },
    "err.stale-mismatch": {
        "en": "{label}: the recorded {column} mismatch no longer exists",
        "vi": "{label}: độ lệch {column} đã ghi không còn nữa",
    },
    "hint.stale-mismatch": {"en": "remove it from source_mismatch", "vi": "hãy xóa khỏi source_mismatch"},
    "err.mismatch-amount": {
        "en": "{label}: {column} mismatch recorded as {recorded} but it is {difference} "
        "(printed {printed}, sum {computed})",
        "vi": "{label}: độ lệch {column} ghi là {recorded} nhưng thực tế là {difference} "
        "(in {printed}, tổng {computed})",
    },
    "hint.mismatch-amount": {"en": "set difference: {difference}", "vi": "hãy đặt difference: {difference}"},
    "err.not-in-plan": {
        "en": "'{id}' is not the id of a field or criterion of the plan",
        "vi": "'{id}' không phải mã lĩnh vực hay tiêu chí của kế hoạch",
    },
    "hint.not-in-plan": {
        "en": 'list ids of the plan, e.g. "1" or "3.2"',
        "vi": 'hãy ghi mã trong kế hoạch, ví dụ "1" hoặc "3.2"',
    },
    "err.band-above-100": {
        "en": "band '{name}' starts above 100 %",
        "vi": "mức xếp loại '{name}' bắt đầu trên 100%",
    },
    "err.duplicate-band": {
        "en": "band '{name}' is defined twice",
        "vi": "mức xếp loại '{name}' bị định nghĩa hai lần",
    },
    "err.band-same-start": {
        "en": "bands '{other}' and '{name}' both start at {percent} %, so one of them is never reached",
        "vi": "hai mức xếp loại '{other}' và '{name}' cùng bắt đầu từ {percent} %, "
        "nên một mức không bao giờ đạt được",
    },
    "hint.band-same-start": {
        "en": "give each band its own min_percent",
        "vi": "mỗi mức xếp loại cần một min_percent riêng",
    },
    "err.no-bundled-plan": {
        "en": "no bundled criteria file was installed",
        "vi": "không có tệp tiêu chí đi kèm",
    },
    "hint.no-bundled-plan": {"en": "give one with --criteria", "vi": "hãy chỉ tệp bằng --criteria"},
    "err.scorer-group": {
        "en": "'{id}' is a group of units, and a group fills in no form",
        "vi": "'{id}' là một nhóm đơn vị, mà nhóm thì không điền phiếu",
    },
    "hint.scorer-group": {
        "en": "name the one office that enters the scores: a unit id, not a group",
        "vi": "hãy ghi một đơn vị nhập điểm: mã một đơn vị, không phải nhóm",
    },
    # -- a scores file against its plan
    "err.year-mismatch": {
        "en": "the scores are for {year} but the plan is for {plan_year}",
        "vi": "điểm là của năm {year} nhưng kế hoạch là năm {plan_year}",
    },
    "hint.year-mismatch": {
        "en": "check that both files belong to the same year",
        "vi": "kiểm tra hai tệp có cùng một năm không",
    },
    "err.score-above-max": {
        "en": "{id}: {what} {value} is above the maximum {max}",
        "vi": "{id}: {what} {value} lớn hơn điểm tối đa {max}",
    },
    "hint.score-above-max": {
        "en": "a score for criterion {id} lies between 0 and {max}",
        "vi": "điểm của tiêu chí {id} nằm trong khoảng từ 0 đến {max}",
    },
    "err.unknown-file-unit": {
        "en": "unit '{text}' is not a unit of the plan",
        "vi": "'{text}' không phải đơn vị của kế hoạch",
    },
    "hint.unknown-file-unit": {
        "en": "write one of its unit ids: {ids}",
        "vi": "hãy ghi một trong các mã đơn vị: {ids}",
    },
    "err.score-on-field": {
        "en": "'{id}' is a field, not a criterion",
        "vi": "'{id}' là lĩnh vực, không phải tiêu chí",
    },
    "hint.score-on-field": {
        "en": "score its criteria {first} to {last}",
        "vi": "hãy chấm các tiêu chí từ {first} đến {last}",
    },
    "err.unknown-criterion": {
        "en": "'{id}' is not a criterion of the plan",
        "vi": "'{id}' không phải tiêu chí của kế hoạch",
    },
    "hint.unknown-criterion": {
        "en": 'use the ids of the plan, e.g. "3.4"',
        "vi": 'hãy dùng mã của kế hoạch, ví dụ "3.4"',
    },
    "err.conflicting-values": {
        "en": "{id}: {what} is {value} here but {other} at {first}",
        "vi": "{id}: {what} ở đây là {value} nhưng ở {first} là {other}",
    },
    "hint.conflicting-values": {
        "en": "agree on one value; the same value in several files is fine",
        "vi": "hãy thống nhất một giá trị; cùng một giá trị ở nhiều tệp thì không sao",
    },
    "err.scored-and-not-applicable": {
        "en": "{id} is scored here but marked not applicable at {first}",
        "vi": "{id} được chấm điểm ở đây nhưng được ghi là không áp dụng ở {first}",
    },
    "hint.scored-and-not-applicable": {
        "en": "remove it from scores or from not_applicable",
        "vi": "hãy xóa khỏi scores hoặc khỏi not_applicable",
    },
    "hint.scored-and-not-applicable.sheet": {
        "en": "clear its Score or its Not applicable cell",
        "vi": "hãy xóa ô Điểm tự đánh giá hoặc ô Không áp dụng của tiêu chí",
    },
    "err.files-disagree": {
        "en": "{key} is '{value}' here but '{other}' in a file before",
        "vi": "{key} ở đây là '{value}' nhưng ở tệp trước là '{other}'",
    },
    "hint.files-disagree": {
        "en": "files merged into one assessment are of one unit, with one target",
        "vi": "các tệp gộp thành một bản đánh giá phải của cùng một địa phương, cùng một mục tiêu",
    },
    "err.appraised-survey": {
        "en": "{id} is scored by the survey: the council does not appraise it",
        "vi": "{id} chấm bằng điều tra xã hội học: hội đồng không thẩm định tiêu chí này",
    },
    "hint.appraised-survey": {
        "en": "give the survey's result as score or percent",
        "vi": "hãy ghi kết quả điều tra bằng score hoặc percent",
    },
    "err.appraised-without-score": {
        "en": "{id} is appraised but has no self-assessed score",
        "vi": "{id} có điểm thẩm định nhưng chưa có điểm tự đánh giá",
    },
    "hint.appraised-without-score": {
        "en": "the council appraises what the unit scored: give the unit's score too",
        "vi": "hội đồng thẩm định điểm đơn vị đã tự chấm: hãy ghi cả điểm tự đánh giá",
    },
    "err.input-twice": {"en": "is given twice", "vi": "được chỉ hai lần"},
    "hint.input-twice": {"en": "give each file once", "vi": "mỗi tệp chỉ ghi một lần"},
    "err.rollover-unscored": {
        "en": "{count} criteria have no final {year} score: {ids}",
        "vi": "{count} tiêu chí chưa có điểm cuối cùng năm {year}: {ids}",
    },
    "hint.rollover-unscored": {
        "en": "next year's baselines are this year's final scores: give every criterion its score, "
        "or list it under not_applicable",
        "vi": "điểm năm gốc của năm sau là điểm cuối cùng năm nay: hãy chấm mọi tiêu chí, hoặc ghi "
        "tiêu chí ở not_applicable",
    },
    "err.not-a-workbook": {
        "en": "is not a workbook par can read: {detail}",
        "vi": "không phải bảng tính par đọc được: {detail}",
    },
    "hint.not-a-workbook": {
        "en": "par reads .xlsx, .xlsm, .xls and .ods workbooks, and YAML scores files",
        "vi": "par đọc bảng tính .xlsx, .xlsm, .xls, .ods và tệp điểm YAML",
    },
    "err.workbook-encrypted": {
        "en": "is a password-protected workbook",
        "vi": "là bảng tính có mật khẩu mở tệp",
    },
    "hint.workbook-encrypted": {
        "en": "save it again without a password to open it",
        "vi": "hãy lưu lại, không đặt mật khẩu mở tệp",
    },
    "err.no-scores-sheet": {
        "en": "no sheet of the workbook has the columns of a scores file",
        "vi": "không trang tính nào của tệp có các cột của tệp điểm",
    },
    "hint.no-scores-sheet": {
        "en": "a header row with the columns Id and Score ({headers}): par template --format xlsx writes one",
        "vi": "cần dòng tiêu đề có cột STT và Điểm ({headers}): par template --format xlsx tạo sẵn",
    },
    "err.formula-without-value": {
        "en": "holds the formula {formula} but no value computed from it",
        "vi": "chứa công thức {formula} nhưng chưa có giá trị tính từ công thức",
    },
    "hint.formula-without-value": {
        "en": "open the workbook in Excel or LibreOffice and save it, so the value is stored",
        "vi": "hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để lưu giá trị",
    },
    "err.percent-not-survey": {
        "en": "{id} is scored by the unit: a percentage is for survey criteria",
        "vi": "{id} do đơn vị tự chấm: tỷ lệ % chỉ dùng cho tiêu chí điều tra xã hội học",
    },
    "hint.percent-not-survey": {"en": "give its score instead", "vi": "hãy ghi điểm (score)"},
    "err.score-and-percent": {
        "en": "{id} has both a score and a percentage",
        "vi": "{id} có cả điểm và tỷ lệ %",
    },
    "hint.score-and-percent": {
        "en": "keep one: the percentage the survey published, or the points",
        "vi": "hãy giữ một: tỷ lệ % do cuộc điều tra công bố, hoặc số điểm",
    },
    "err.percent-above-100": {
        "en": "{id}: percent {value} is above 100",
        "vi": "{id}: tỷ lệ {value} lớn hơn 100",
    },
    "err.not-the-scorer": {
        "en": "{id}: {office} does not score {id}, so its file gives no {what} for it; {scorer} scores it",
        "vi": "{id}: {office} không chấm tiêu chí {id} nên tệp của đơn vị không ghi {what}; {scorer} chấm "
        "tiêu chí này",
    },
    "hint.not-the-scorer": {
        "en": "send only its evidence and explanation, or leave out unit: to make it the unit's own file",
        "vi": "chỉ gửi tài liệu kiểm chứng và giải trình, hoặc bỏ unit: để tệp là tệp chung của đơn vị",
    },
    "hint.not-the-scorer.sheet": {
        "en": "clear the cell: send only its evidence and explanation",
        "vi": "hãy xóa ô này: chỉ gửi tài liệu kiểm chứng và giải trình",
    },
    # -- a workbook that cannot be read, or a cell of it
    "err.workbook-damaged": {
        "en": "cannot be read as a workbook: {detail}",
        "vi": "không đọc được như một bảng tính: {detail}",
    },
    "hint.workbook-damaged": {
        "en": "open it in Excel or LibreOffice and save it again",
        "vi": "hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại",
    },
    "damage.zip": {"en": "its zip structure is broken", "vi": "cấu trúc nén zip bị hỏng"},
    "damage.compressed": {
        "en": "the compressed data of {part} is corrupt",
        "vi": "dữ liệu nén của {part} bị hỏng",
    },
    "damage.missing": {"en": "{part} is missing", "vi": "thiếu phần {part}"},
    "damage.xml": {
        "en": "{part}, line {line}: the XML is broken ({reason})",
        "vi": "{part}, dòng {line}: XML bị hỏng ({reason})",
    },
    "damage.dtd": {
        "en": "{part} declares a DTD or entities, which par never reads",
        "vi": "{part} khai báo DTD hoặc thực thể (entity), là thứ par không bao giờ đọc",
    },
    "damage.deep": {"en": "{part} nests elements too deeply", "vi": "{part} lồng các phần tử quá sâu"},
    "damage.row": {
        "en": "sheet {sheet}: row {row} lies outside a sheet (rows 1 to 1048576)",
        "vi": "trang {sheet}: dòng {row} nằm ngoài trang tính (dòng 1 đến 1048576)",
    },
    "damage.reference": {
        "en": "sheet {sheet}: the cell {reference} lies outside a sheet (A1 to XFD1048576)",
        "vi": "trang {sheet}: ô {reference} nằm ngoài trang tính (A1 đến XFD1048576)",
    },
    "damage.ole": {
        "en": "its compound-file structure is broken",
        "vi": "cấu trúc tệp phức hợp (compound file) bị hỏng",
    },
    "damage.xls": {
        "en": "its Excel 97-2003 records are broken",
        "vi": "các bản ghi Excel 97-2003 bị hỏng",
    },
    "err.workbook-too-large": {
        "en": "holds more than par reads in a workbook: {limit}",
        "vi": "chứa nhiều hơn mức par đọc trong một bảng tính: {limit}",
    },
    "hint.workbook-too-large": {
        "en": "a scores workbook needs a row per criterion: keep the scores sheet, remove the rest",
        "vi": "bảng điểm chỉ cần mỗi tiêu chí một dòng: giữ trang điểm, xóa phần còn lại",
    },
    "bound.entries": {
        "en": "{count} files in its zip (at most {max})",
        "vi": "{count} tệp trong gói zip (tối đa {max})",
    },
    "bound.part": {
        "en": "{part} is larger than {max} MiB once decompressed",
        "vi": "{part} lớn hơn {max} MiB khi giải nén",
    },
    "bound.ratio": {
        "en": "{part} decompresses to more than {ratio} times its size",
        "vi": "{part} khi giải nén lớn hơn {ratio} lần kích thước nén",
    },
    "bound.total": {"en": "more than {max} MiB once decompressed", "vi": "hơn {max} MiB khi giải nén"},
    "bound.sheets": {"en": "{count} sheets (at most {max})", "vi": "{count} trang tính (tối đa {max})"},
    "bound.shared": {"en": "more than {max} distinct texts", "vi": "hơn {max} chuỗi văn bản khác nhau"},
    "bound.shared_text": {
        "en": "texts of more than {max} Mi characters",
        "vi": "văn bản dài hơn {max} Mi ký tự",
    },
    "bound.text": {
        "en": "a cell of more than {max} characters (Excel's own limit)",
        "vi": "một ô dài hơn {max} ký tự (giới hạn của chính Excel)",
    },
    "bound.cells": {"en": "more than {max} cells", "vi": "hơn {max} ô"},
    "bound.tags": {"en": "more than {max} XML tags", "vi": "hơn {max} thẻ XML"},
    "bound.rows": {"en": "rows beyond row {max}", "vi": "dòng vượt quá dòng {max}"},
    "err.cell-error": {
        "en": "the {column} cell shows the error {error}",
        "vi": "ô {column} đang báo lỗi {error}",
    },
    "hint.cell-error": {
        "en": "correct its formula, or type the figure itself",
        "vi": "hãy sửa công thức, hoặc nhập trực tiếp con số",
    },
    "err.cell-date": {
        "en": "the {column} cell holds {value}, not a number",
        "vi": "ô {column} chứa {value}, không phải một số",
    },
    "hint.cell-date": {
        "en": "format the cell as a number and type the figure again",
        "vi": "hãy định dạng ô kiểu số rồi nhập lại con số",
    },
    "err.merged-cells": {
        "en": "cells merged across {ids}: only {first} is read; every other cell of the range reads as empty",
        "vi": "ô gộp qua dòng {ids}: chỉ đọc ô {first}; mọi ô khác của vùng gộp đều được đọc là ô trống",
    },
    "hint.merged-cells": {
        "en": "unmerge the cells and give each criterion's value a cell of its own",
        "vi": "hãy bỏ gộp ô và ghi giá trị của mỗi tiêu chí vào ô riêng",
    },
    "err.title-unit-mismatch": {
        "en": "the office '{about}' is not the one the form's title rows name: '{title}' ({cell})",
        "vi": "đơn vị điền '{about}' khác đơn vị ghi ở dòng tiêu đề của phiếu: '{title}' ({cell})",
    },
    "hint.title-unit-mismatch": {
        "en": "a form is one office's: fill in the form made for your office "
        "(par template --format xlsx --unit ...), or restore the cell that was changed",
        "vi": "mỗi phiếu là của một đơn vị: hãy điền phiếu tạo cho đơn vị mình "
        "(par template --format xlsx --unit ...), hoặc khôi phục ô đã bị sửa",
    },
    "cell.date": {"en": "the date {date}", "vi": "ngày {date}"},
    "cell.time": {"en": "the time {time}", "vi": "giờ {time}"},
    "err.bad-cell": {"en": "the cell cannot be read: {detail}", "vi": "không đọc được ô: {detail}"},
    "hint.bad-cell": {
        "en": "type its value again in Excel or LibreOffice and save the workbook",
        "vi": "hãy nhập lại giá trị của ô bằng Excel hoặc LibreOffice rồi lưu",
    },
    "cell.number_text": {"en": "a number cell holds '{text}'", "vi": "ô kiểu số lại chứa '{text}'"},
    "cell.not_finite": {"en": "the number {text} is not finite", "vi": "số {text} không hữu hạn"},
    "cell.shared_index": {
        "en": "it refers to a text '{text}' that the workbook does not have",
        "vi": "ô trỏ tới chuỗi văn bản '{text}' mà tệp không có",
    },
    "cell.boolean": {"en": "a true/false cell holds '{text}'", "vi": "ô đúng/sai lại chứa '{text}'"},
    "cell.type": {"en": "its type '{text}' is unknown", "vi": "kiểu ô '{text}' không xác định"},
    "kind.pdf": {"en": "it is a PDF document", "vi": "đây là tài liệu PDF"},
    "kind.docx": {"en": "it is a Word document", "vi": "đây là văn bản Word"},
    "kind.doc": {"en": "it is a Word 97-2003 document", "vi": "đây là văn bản Word 97-2003"},
    "kind.pptx": {"en": "it is a PowerPoint presentation", "vi": "đây là bản trình chiếu PowerPoint"},
    "kind.xlsb": {
        "en": "it is an Excel binary workbook, .xlsb; save it as .xlsx",
        "vi": "đây là bảng tính nhị phân Excel .xlsb; hãy lưu dưới dạng .xlsx",
    },
    "kind.zip": {
        "en": "it is a zip archive that holds no workbook",
        "vi": "đây là tệp nén zip không chứa bảng tính",
    },
    "kind.odt": {"en": "it is an OpenDocument text", "vi": "đây là văn bản OpenDocument"},
    "kind.opendocument": {
        "en": "it is an OpenDocument file that is no spreadsheet",
        "vi": "đây là tệp OpenDocument không phải bảng tính",
    },
    "kind.ole": {
        "en": "it is an Office file that holds no workbook",
        "vi": "đây là tệp Office không chứa bảng tính",
    },
    "kind.html": {
        "en": "it is a web page, which some systems save as .xls; open it in Excel, save it as .xlsx",
        "vi": "đây là trang web HTML mà một số phần mềm lưu thành .xls; hãy mở bằng Excel, lưu thành .xlsx",
    },
    "kind.binary": {"en": "it is a binary file", "vi": "đây là tệp nhị phân"},
    "kind.csv": {
        "en": "it is a CSV table (values separated by commas, semicolons or tabs); "
        "open it in Excel or LibreOffice and save it as .xlsx",
        "vi": "đây là bảng CSV (giá trị cách nhau bằng dấu phẩy, chấm phẩy hoặc tab); "
        "hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx",
    },
    # -- how a workbook's problems read, where the YAML wording would name keys
    "err.duplicate-key.sheet": {
        "en": "criterion {key} has another row above",
        "vi": "tiêu chí {key} đã có một dòng ở phía trên",
    },
    "hint.duplicate-key.sheet": {"en": "keep one row per criterion", "vi": "mỗi tiêu chí chỉ ghi một dòng"},
    "err.percent-not-survey.sheet": {
        "en": "{id} is scored by the unit, in points: a percentage is for survey criteria",
        "vi": "{id} do đơn vị tự chấm bằng điểm: tỷ lệ % chỉ dùng cho tiêu chí điều tra xã hội học",
    },
    "hint.percent-not-survey.sheet": {
        "en": "type its points in the Score cell, formatted as a number",
        "vi": "hãy nhập số điểm vào ô Điểm tự đánh giá, định dạng kiểu số",
    },
    "hint.appraised-survey.sheet": {
        "en": "clear its Appraised cell: the survey's result goes in its Score or Percent (%) cell",
        "vi": "hãy xóa ô Điểm thẩm định: kết quả điều tra ghi ở ô Điểm tự đánh giá hoặc ô Tỷ lệ (%)",
    },
    "err.percent-above-100.sheet": {
        "en": "{id}: {value} % is above 100 %",
        "vi": "{id}: {value} % lớn hơn 100 %",
    },
    "err.files-disagree.sheet": {
        "en": "this cell says '{value}' but a file before says '{other}'",
        "vi": "ô này ghi '{value}' nhưng tệp trước ghi '{other}'",
    },
    "err.target-above-max": {
        "en": "target {value} is above {max}, the most the index can reach",
        "vi": "mục tiêu {value} cao hơn {max}, mức tối đa của chỉ số",
    },
    "hint.target-above-max": {
        "en": "give the index the unit aims at, at most {max}",
        "vi": "ghi chỉ số đơn vị hướng tới, tối đa {max}",
    },
    # -- the rest of the method: rows not in the appendix, baselines that did not apply, bonus and
    # penalty points, appraisal rounds
    "err.unlisted-does-not-fit": {
        "en": "{label}: {column} is printed as {printed} and the appendix's rows sum to {computed}, "
        "so the rows it does not list ({ids}) must make up {difference}, but they give {unlisted}",
        "vi": "{label}: {column} in là {printed}, các dòng của phụ lục cộng lại là {computed}, nên các "
        "dòng phụ lục không liệt kê ({ids}) phải bù đúng {difference}, nhưng lại là {unlisted}",
    },
    "hint.unlisted-does-not-fit": {
        "en": "give the rows not in the appendix the points the printed subtotal holds beyond its "
        "listed rows ({difference} in all), and record that difference under source_mismatch",
        "vi": "hãy cho các dòng không có trong phụ lục đúng phần điểm mà tổng in ra vượt các dòng được "
        "liệt kê ({difference}), và ghi chênh lệch đó ở source_mismatch",
    },
    "err.baseline-and-not-applicable": {
        "en": "{label}: has a baseline and is marked baseline_not_applicable",
        "vi": "{label}: vừa có điểm năm gốc vừa ghi baseline_not_applicable",
    },
    "hint.baseline-and-not-applicable": {
        "en": "keep one: baseline_not_applicable (it did not apply that year) or the baseline it scored",
        "vi": "chỉ giữ một: baseline_not_applicable (năm đó không áp dụng) hoặc điểm năm gốc",
    },
    "err.baseline-na-branch": {
        "en": "{id} has rows below it: baseline_not_applicable goes on the criteria that did not apply",
        "vi": "{id} có các dòng con: baseline_not_applicable ghi ở từng tiêu chí không áp dụng",
    },
    "hint.baseline-na-branch": {
        "en": "mark each row below it that did not apply, and give the others their baseline",
        "vi": "hãy ghi ở từng dòng con không áp dụng, các dòng khác ghi điểm năm gốc",
    },
    "err.not-a-field": {
        "en": "'{id}' is not a field of the plan",
        "vi": "'{id}' không phải lĩnh vực của kế hoạch",
    },
    "hint.not-a-field": {
        "en": 'bonus and penalty points count under a field: give a field\'s id, e.g. "1"',
        "vi": 'điểm thưởng, điểm trừ tính theo lĩnh vực: hãy ghi mã lĩnh vực, ví dụ "1"',
    },
    "err.duplicate-adjustment": {
        "en": "bonus or penalty item '{id}' is given twice",
        "vi": "mục điểm thưởng, điểm trừ '{id}' được ghi hai lần",
    },
    "hint.duplicate-adjustment": {
        "en": "give each item once (in a plan: each with its own id)",
        "vi": "mỗi mục chỉ ghi một lần (trong kế hoạch: mỗi mục một mã riêng)",
    },
    "err.response-without-first": {
        "en": "{id}: a response answers the first appraisal, which is not given",
        "vi": "{id}: ý kiến giải trình trả lời kết quả thẩm định lần 1, nhưng chưa ghi điểm thẩm định lần 1",
    },
    "hint.response-without-first": {
        "en": "give the council's first score as appraisal: first:, or remove the response",
        "vi": "hãy ghi điểm thẩm định lần 1 ở appraisal: first:, hoặc bỏ ý kiến giải trình",
    },
    "err.contest-without-reason": {
        "en": "{id}: the first appraisal is contested without a reason",
        "vi": "{id}: đề nghị xem xét lại kết quả thẩm định lần 1 nhưng không nêu lý do",
    },
    "hint.contest-without-reason": {
        "en": "write the unit's reason under reason: and what it cites under evidence:",
        "vi": "hãy ghi lý do giải trình ở reason: và tài liệu kiểm chứng ở evidence:",
    },
    "err.appraised-twice": {
        "en": "{id}: the final appraisal is given twice, as appraised and as appraisal: final",
        "vi": "{id}: điểm thẩm định cuối cùng được ghi hai lần, ở appraised và ở appraisal: final",
    },
    "hint.appraised-twice": {
        "en": "keep one: appraised is the short form of appraisal: final",
        "vi": "chỉ giữ một: appraised là cách ghi ngắn của appraisal: final",
    },
    "err.unknown-adjustment": {
        "en": "'{item}' is not a {kind} item of the plan",
        "vi": "'{item}' không phải mục {kind} của kế hoạch",
    },
    "hint.unknown-adjustment": {
        "en": "use the id of one of the plan's {kind} items: {ids}",
        "vi": "hãy dùng mã một mục {kind} của kế hoạch: {ids}",
    },
    "err.office-adjustments": {
        "en": "{office}'s file gives bonus or penalty points, which are the unit's, not an office's",
        "vi": "tệp của {office} ghi điểm thưởng, điểm trừ, là điểm của cả đơn vị, không của một phòng",
    },
    "hint.office-adjustments": {
        "en": "move them to the unit's own file (one without unit:)",
        "vi": "hãy chuyển sang tệp chung của đơn vị (tệp không có unit:)",
    },
    "err.no-first-appraisal": {
        "en": "no criterion has a first appraisal: there is nothing to answer yet",
        "vi": "chưa có tiêu chí nào có điểm thẩm định lần 1: chưa có gì để giải trình",
    },
    "hint.no-first-appraisal": {
        "en": "give the council's first scores (appraisal: first:, or the workbook's First appraisal "
        "column), then write the letter",
        "vi": "hãy ghi điểm thẩm định lần 1 (appraisal: first:, hoặc cột Điểm thẩm định lần 1 của "
        "bảng tính), rồi lập văn bản",
    },
    # -- the command line
    "err.no-such-option": {"en": "no such option {option}", "vi": "không có tùy chọn {option}"},
    "hint.no-such-option": {"en": "see {command} --help", "vi": "xem {command} --help"},
    "err.no-such-command": {"en": "no such command '{name}'", "vi": "không có lệnh '{name}'"},
    "hint.no-such-command": {"en": "par --help lists the commands", "vi": "par --help liệt kê các lệnh"},
    "err.missing-option": {"en": "missing option {option}", "vi": "thiếu tùy chọn {option}"},
    "hint.missing-option": {"en": "see {command} --help", "vi": "xem {command} --help"},
    "err.missing-argument": {"en": "missing argument {argument}", "vi": "thiếu tham số {argument}"},
    "hint.missing-argument": {"en": "see {command} --help", "vi": "xem {command} --help"},
    "err.missing-command": {"en": "no command given", "vi": "chưa nêu lệnh"},
    "hint.missing-command": {"en": "par --help lists the commands", "vi": "par --help liệt kê các lệnh"},
    "err.option-needs-value": {
        "en": "option {option} needs a value",
        "vi": "tùy chọn {option} cần một giá trị",
    },
    "hint.option-needs-value": {"en": "see {command} --help", "vi": "xem {command} --help"},
    "err.extra-argument": {"en": "unexpected argument '{value}'", "vi": "tham số thừa '{value}'"},
    "hint.extra-argument": {"en": "see {command} --help", "vi": "xem {command} --help"},
    "err.bad-option-value": {"en": "{option}: {detail}", "vi": "{option}: {detail}"},
    # -- a figure given to an option, worded for what it is (a score's words do not fit it)
    "amount.negative": {
        "en": "'{text}' is negative; {what} is at least 0",
        "vi": "'{text}' là số âm; {what} không nhỏ hơn 0",
    },
    "amount.too_many_decimals": {
        "en": "'{text}' has {count} decimals; {what} has at most {max}",
        "vi": "'{text}' có {count} chữ số thập phân; {what} có tối đa {max}",
    },
    "amount.min_gap": {"en": "the minimum gap", "vi": "số điểm chưa đạt tối thiểu"},
    "amount.fail_under": {"en": "the index", "vi": "chỉ số"},
    "err.bad-choice": {
        "en": "{option}: '{value}' is not one of {choices}",
        "vi": "{option}: '{value}' không thuộc các giá trị {choices}",
    },
    "err.unit-option-unknown": {
        "en": "--unit '{query}' matches no unit; the units are: {listing}",
        "vi": "--unit '{query}' không khớp đơn vị nào; các đơn vị là: {listing}",
    },
    "hint.unit-option-unknown": {
        "en": "give a unit's id or part of its name",
        "vi": "hãy ghi mã đơn vị hoặc một phần tên",
    },
    "err.unit-option-ambiguous": {
        "en": "--unit '{query}' matches several units: {listing}",
        "vi": "--unit '{query}' khớp nhiều đơn vị: {listing}",
    },
    "hint.unit-option-ambiguous": {
        "en": "give more of the name, or the id",
        "vi": "hãy ghi thêm tên, hoặc ghi mã",
    },
    "err.unit-not-an-office": {
        "en": "--unit '{query}' is {name}, {what}, which has no form of its own; give {listing}",
        "vi": "--unit '{query}' là {name}, {what}, không có phiếu riêng; hãy ghi {listing}",
    },
    "hint.unit-not-an-office": {
        "en": "a form is one office's: each member of a group fills in its own, and an office "
        "fills in what its desk does",
        "vi": "mỗi phiếu là của một đơn vị: từng thành viên của nhóm điền phiếu của mình, đơn vị "
        "chủ quản điền phần việc của bộ phận thuộc mình",
    },
    "unit.kind.group": {"en": "a group of units", "vi": "một nhóm đơn vị"},
    "unit.kind.desk": {"en": "a desk of {office}", "vi": "một bộ phận thuộc {office}"},
    "unit.members.none": {
        "en": "the id of one office (none of its members is a unit of this plan)",
        "vi": "mã của một đơn vị (không thành viên nào của nhóm là đơn vị của kế hoạch này)",
    },
    "err.field-option-unknown": {
        "en": "--field '{id}' is not a field or criterion of this plan",
        "vi": "--field '{id}' không phải lĩnh vực hay tiêu chí của kế hoạch",
    },
    "hint.field-option-unknown": {
        "en": "give a field ({choices}) or a criterion id",
        "vi": "hãy ghi một lĩnh vực ({choices}) hoặc mã tiêu chí",
    },
    "err.options-exclusive": {
        "en": "give either {first} or {second}, not both",
        "vi": "chỉ dùng {first} hoặc {second}, không dùng cả hai",
    },
    "err.binary-needs-output": {
        "en": "the {format} format is written to a file",
        "vi": "định dạng {format} chỉ ghi ra tệp",
    },
    "hint.binary-needs-output": {"en": "add --output FILE", "vi": "hãy thêm --output TỆP"},
    "err.stdin-twice": {
        "en": "standard input ('-') can be read only once",
        "vi": "chỉ đọc được đầu vào chuẩn ('-') một lần",
    },
    "err.compare-mixed": {
        "en": "an office's part is not ranked against whole units: {files}",
        "vi": "không xếp hạng phần của một đơn vị cùng với cả địa phương: {files}",
    },
    "hint.compare-mixed": {
        "en": "compare offices' files together, or merge them first with par score -i ... -i ...",
        "vi": "hãy so sánh các tệp của đơn vị với nhau, hoặc gộp chúng trước bằng par score -i ... -i ...",
    },
    "err.no-baseline": {
        "en": "--against baseline: the plan has no baseline year ({title})",
        "vi": "--against baseline: kế hoạch không có năm gốc ({title})",
    },
    "hint.no-baseline": {
        "en": "a first-year plan is measured against its targets (the default) or --input scores",
        "vi": "kế hoạch năm đầu được tính theo mục tiêu (mặc định) hoặc theo điểm --input",
    },
    "err.fail-under-range": {
        "en": "--fail-under {value} lies outside 0 to {max}",
        "vi": "--fail-under {value} nằm ngoài khoảng 0 đến {max}",
    },
    "hint.fail-under-range": {
        "en": "give the index to reach, e.g. 90",
        "vi": "hãy ghi chỉ số cần đạt, ví dụ 90",
    },
    "err.output-exists": {"en": "exists", "vi": "đã tồn tại"},
    "hint.output-exists": {"en": "add --force to replace it", "vi": "thêm --force để ghi đè"},
    "err.output-is-directory": {"en": "is a directory", "vi": "là một thư mục"},
    "hint.output-is-directory": {"en": "give a file name", "vi": "hãy ghi tên tệp"},
    "err.output-not-regular": {
        "en": "is not a regular file (a device, a FIFO or a socket)",
        "vi": "không phải tệp thông thường (là thiết bị, FIFO hoặc socket)",
    },
    "hint.output-not-regular": {
        "en": "give the name of a file; to see the output, leave --output out",
        "vi": "hãy ghi tên một tệp; để xem kết quả, bỏ --output",
    },
    "err.output-is-input": {
        "en": "is one of this command's inputs",
        "vi": "là một tệp đầu vào của lệnh này",
    },
    "hint.output-is-input": {"en": "write to another file", "vi": "hãy ghi ra tệp khác"},
    # -- writing the output
    "err.cannot-write": {"en": "cannot write: {reason}", "vi": "không ghi được: {reason}"},
    "err.cannot-encode": {
        "en": "its encoding {encoding} cannot show {character}",
        "vi": "bảng mã {encoding} không hiển thị được {character}",
    },
    "hint.cannot-encode": {
        "en": "set PYTHONIOENCODING=utf-8, or write to a file with --output (always UTF-8)",
        "vi": "hãy đặt PYTHONIOENCODING=utf-8, hoặc ghi ra tệp bằng --output (luôn là UTF-8)",
    },
    # -- documents
    "err.report-needs-scores": {
        "en": "the report a unit signs and sends is made from its scores",
        "vi": "báo cáo đơn vị ký gửi được lập từ điểm tự đánh giá",
    },
    "hint.report-needs-scores": {
        "en": "give the scores with --input FILE, or ask for the internal analysis of the plan alone "
        "with --kind analysis",
        "vi": "hãy chỉ tệp điểm bằng --input TỆP, hoặc lập bản phân tích nội bộ của riêng kế hoạch "
        "bằng --kind analysis",
    },
    "err.pdf-needs-libreoffice": {
        "en": "a PDF is made by LibreOffice, which is not installed here",
        "vi": "tệp PDF được tạo bằng LibreOffice, nhưng máy này chưa cài",
    },
    "hint.pdf-needs-libreoffice": {
        "en": "install LibreOffice Writer (Debian, Ubuntu: sudo apt install libreoffice-writer-nogui; "
        "Windows, macOS: libreoffice.org), or write --format docx and save it as PDF from Word",
        "vi": "hãy cài LibreOffice Writer (Debian, Ubuntu: sudo apt install libreoffice-writer-nogui; "
        "Windows, macOS: libreoffice.org), hoặc ghi --format docx rồi lưu thành PDF bằng Word",
    },
    "err.pdf-failed": {
        "en": "LibreOffice could not make the PDF: {reason}",
        "vi": "LibreOffice không tạo được tệp PDF: {reason}",
    },
    "hint.pdf-failed": {
        "en": "try again; if it persists, write --format docx and save it as PDF from Word or LibreOffice",
        "vi": "hãy thử lại; nếu vẫn lỗi, ghi --format docx rồi lưu thành PDF bằng Word hoặc LibreOffice",
    },
}
