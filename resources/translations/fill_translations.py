#!/usr/bin/env python3
"""Fills the zh_CN catalogue from the term list below and marks the en catalogue finished (its
empty translations fall back to the English source strings).

After adding user-visible strings: cmake --build build --target update_translations
(runs /usr/lib/qt6/bin/lupdate over models, widgets and app, then this script).
Any string it prints as MISSING needs an entry here (official terms: 网格, 乡镇/街道, 村/社区,
矛盾纠纷, 已登记 … 办结, 一感两度两率)."""
import sys
import xml.etree.ElementTree as ET

BY_SOURCE = {
    'Major disputes': '重大矛盾',
    # Disputes: workflow, intake, queues, deadlines, statistics (issue 4)
    'due today': '今日到期',
    'overdue': '已超期',
    'Major or difficult': '重大疑难',
    'Any complexity': '任意难度',
    'Any category': '任意类型',
    'Any level': '任意层级',
    'Deadline policy': '办理期限规则',
    'Working days a dispute gets from acceptance. The most specific rule that matches a dispute decides; of equally specific rules, the later one. Disputes no rule matches get the default for their complexity (general 7, complex 15, major 30).': '纠纷自受理起的办理期限（工作日）。与纠纷匹配的规则中，条件最具体的一条生效；同样具体的，以后一条为准。没有规则匹配的纠纷按难度取默认值（一般 7、复杂 15、重大疑难 30 个工作日）。',
    'Level': '层级',
    'Working days': '工作日',
    '&Add rule': '添加规则(&A)',
    '&Remove rule': '删除规则(&R)',
    'Restore &defaults': '恢复默认(&D)',
    'Rule %1 is not valid: %2': '第 %1 条规则有误：%2',
    'Rules %1 and %2 apply to the same disputes; change or remove one of them.': '第 %1 条与第 %2 条规则适用于同样的纠纷，请修改或删除其中一条。',
    'Indexing dispute texts for search': '建立纠纷全文检索索引',
    'Litigation': '诉讼',
    'Arbitration': '仲裁',
    'Petition': '信访',
    'Mediation &body': '调解组织(&B)',
    '&Mediator': '调解员(&M)',
    'Refer &to': '转往(&T)',
    "Party's &satisfaction": '当事人满意度(&S)',
    ' working days': ' 个工作日',
    'Extend &by': '延长(&B)',
    'Note (optional)': '备注（选填）',
    "No mediation body serves this grid's village, township or county.": '该网格所在村、乡镇和县均无调解组织。',
    'Assign the least busy': '指派在办案件最少的调解员',
    'Required: %1': '必填：%1',
    'Not done: %1': '未完成：%1',
    "There is no user '%1'": '没有用户“%1”',
    "The user '%1' is disabled": '用户“%1”已停用',
    "The user '%1' has no known role": '用户“%1”没有有效角色',
    'no grid with code %1': '没有代码为 %1 的网格',
    '%1 is not a grid': '%1 不是网格',
    '%1 needs the role %2; %3 is %4': '“%1”需要角色：%2；%3 的角色是%4',
    'A dispute is reported by registering it, not by an action': '纠纷通过登记录入，而不是通过办理操作',
    'There is no dispute %1': '没有纠纷 %1',
    "The dispute has an unknown status '%1'": '纠纷状态“%1”无法识别',
    'The dispute was changed by someone else meanwhile; look at it again': '该纠纷已被他人修改，请重新查看',
    "The time %1 is before the dispute's last recorded event (%2)": '时间 %1 早于该纠纷最后一条记录（%2）',
    'There is no mediation body %1': '没有调解组织 %1',
    '%1 is not a mediator of %2': '%1 不是%2的调解员',
    'The mediation body has no mediator to assign': '该调解组织没有可指派的调解员',
    "%1 is not a mediator of the dispute's mediation body": '%1 不是该纠纷所属调解组织的调解员',
    'similar title in the same grid (%1%)': '同一网格内标题相似（%1%）',
    'ID number': '身份证号',
    'phone': '电话',
    'same party: %1 (same %2)': '同一当事人：%1（%2相同）',
    'All categories': '全部类型',
    'All statuses': '全部状态',
    'All levels': '全部层级',
    'All sources': '全部来源',
    'Reported from': '登记起',
    'Reported until': '登记止',
    'Reported on or after this day': '此日及以后登记',
    'Reported on or before this day': '此日及以前登记',
    'Search titles, facts and parties': '搜索标题、案情和当事人',
    'Clear': '清除',
    'Show every dispute of the queue again': '重新显示该队列的全部纠纷',
    'Register a dispute': '纠纷登记',
    'What the dispute is about, in a few words': '简要说明纠纷事由',
    'Type to search': '输入以搜索',
    'Choose how the case came in': '选择纠纷来源',
    'Grid name or code; or pick it in the region tree or on the map': '网格名称或代码；也可在区划树或地图上点选',
    'Ma&jor dispute': '重大矛盾(&J)',
    'Goes on the major-dispute list (重大矛盾)': '列入重大矛盾纠纷清单',
    ' yuan': ' 元',
    'The amount in dispute, if any': '争议金额（如有）',
    'When the dispute was reported. Left as it is, the time of saving is taken.': '纠纷登记时间；不修改则取保存时的时间。',
    'Facts, what the parties ask for': '案情经过与当事人诉求',
    'Role': '身份',
    'Name': '姓名',
    'Phone': '电话',
    '&Add party': '添加当事人(&A)',
    'Add a party (%1)': '添加当事人（%1）',
    'Remo&ve party': '删除当事人(&V)',
    'Remove the party last edited': '删除最近编辑的当事人',
    '&Save': '保存(&S)',
    'Register the dispute (%1)': '登记该纠纷（%1）',
    '&Title': '标题(&T)',
    '&Category': '类型(&C)',
    'S&ource': '来源(&O)',
    '&Grid': '网格(&G)',
    'A&mount': '金额(&M)',
    'Comple&xity': '难度(&X)',
    '&Reported at': '登记时间(&R)',
    'S&ummary': '案情(&U)',
    '18 characters, optional': '18 位，选填',
    'Mobile or landline': '手机或固定电话',
    'Party %1': '当事人 %1',
    'choose a category (type part of its name)': '请选择类型（可输入名称中的字）',
    'choose how the case came in': '请选择来源',
    'no grid matches "%1"; pick one from the list': '没有与“%1”匹配的网格，请从列表中选择',
    'Reported at': '登记时间',
    'Summary': '案情',
    'Party %1 name': '当事人 %1 姓名',
    'Party %1 ID number': '当事人 %1 身份证号',
    'Party %1 phone': '当事人 %1 电话',
    'Party %1 role': '当事人 %1 身份',
    '%1: %2': '%1：%2',
    'To fill in or correct: %1': '待填写或更正：%1',
    "No grids are known: import or generate the county's regions first": '尚无网格数据：请先导入或生成本县区划',
    "Type part of a grid's name or code and pick it from the list": '输入网格名称或代码的一部分，并从列表中选择',
    '%1 (code %2)': '%1（代码 %2）',
    'Could not look for duplicates: %1': '无法查重：%1',
    'Possible duplicate': '可能重复登记',
    'This dispute may be registered already:\n\n%1\n\nRegister it anyway?': '该纠纷可能已经登记：\n\n%1\n\n仍要登记吗？',
    'Register anyway': '仍然登记',
    'Registered %1': '已登记 %1',
    'Not saved: %1': '未保存：%1',
    'Not saved: the database failed (%1)': '未保存：数据库出错（%1）',
    'a party needs a name': '当事人须填写姓名',
    'must be one of %1': '须为以下之一：%1',
    'a title is required': '须填写标题',
    'at most 200 characters': '最多 200 个字',
    'at most 5,000 characters': '最多 5000 个字',
    "unknown category '%1'": '未知类型“%1”',
    "unknown source '%1'": '未知来源“%1”',
    'the grid is required': '须选择网格',
    "'%1' is not a grid code (15 digits)": '“%1”不是网格代码（15 位）',
    'cannot be negative': '不能为负数',
    'lies in the future': '晚于当前时间',
    'unknown field (known: %1)': '未知字段（可用：%1）',
    'must be text': '须为文本',
    'must be true or false': '须为 true 或 false',
    'must be a number': '须为数字',
    'not an ISO 8601 time: %1': '不是 ISO 8601 时间：%1',
    'must be a list': '须为列表',
    'must be an object': '须为对象',
    'unknown field': '未知字段',
    'To accept': '待受理',
    'Mine': '我的',
    'Due soon': '临期',
    'Awaiting follow-up': '待回访',
    'Escalated to county': '上交县级',
    'All': '全部',
    'Reported and not yet accepted': '已登记尚未受理',
    'Open cases you accepted': '我受理的在办案件',
    'Deadline running, due within 3 working days': '办理期限 3 个工作日内到期',
    'Deadline running and already passed': '已超过办理期限',
    'Open major disputes': '在办重大矛盾纠纷',
    'Resolved, failed or referred: the follow-up visit is next': '已调结、调解不成或已转办，待回访',
    'Open cases escalated up to the county': '上交县级的在办案件',
    'Every dispute': '全部纠纷',
    'Counting…': '统计中…',
    '%1 (%2)': '%1（%2）',
    'New': '新登记',
    'Success rate': '调解成功率',
    'Escalated': '上交',
    'Share resolved at village level': '村级化解占比',
    'Share resolved at township level': '乡镇级化解占比',
    'Share resolved at county level': '县级化解占比',
    'Record a session': '调解记录',
    'Extend deadline': '延期',
    'Comment': '备注',
    '%1 is not possible while the dispute is %2; possible now: %3': '纠纷处于“%2”状态，不能“%1”；当前可办理：%3',
    '%1 needs a note: %2': '“%1”须填写%2',
    '%1 needs a mediation body': '“%1”须选择调解组织',
    '%1 needs where the case goes: one of %2': '“%1”须注明转往何处：%2 之一',
    "%1 needs the party's satisfaction: one of %2": '“%1”须记录当事人满意度：%2 之一',
    '%1 needs a number of working days from 1 to 90': '“%1”须填写 1 至 90 个工作日',
    'The dispute is already handled at county level and cannot be escalated further': '该纠纷已在县级办理，不能再上交',
    'the agreement reached': '达成的调解协议',
    'what happened in the session': '本次调解情况',
    'the comment': '备注内容',
    'the reason': '理由',
    'an identity number has 18 characters, this one has %1': '身份证号应为 18 位，此号码为 %1 位',
    'the first 17 characters must be digits': '前 17 位须为数字',
    'the last character must be a digit or X': '最后一位须为数字或 X',
    'characters 7 to 14 are not a birth date (%1)': '第 7 至 14 位不是有效出生日期（%1）',
    'the check character is %1 but should be %2 — a digit is mistyped': '校验位为 %1，应为 %2，号码有误',
    '&Register a dispute…': '纠纷登记(&R)…',
    'Register a new dispute (登记); pick its grid in the tree or on the map': '登记一件新纠纷；可在区划树或地图上选择网格',
    '&Deadline rules…': '办理期限规则(&D)…',
    'Working days a dispute gets, by category, complexity and handling level': '按类型、难度和办理层级设置纠纷办理期限（工作日）',
    '&Disputes': '纠纷(&D)',
    'Deadline rules saved; they apply to disputes accepted from now on': '办理期限规则已保存，对此后受理的纠纷生效',
    'Deadline rules': '办理期限规则',
    'a mobile number has 11 digits starting with 13 to 19': '手机号码为 11 位，以 13 至 19 开头',
    'not a phone number: a mobile number (11 digits) or a landline with its area code, e.g. 0731-12345678': '不是有效电话：应为 11 位手机号码或带区号的固定电话，如 0731-12345678',
    '%1 pt': '%1 个百分点',
    'By township': '分乡镇',
    'By village': '分村社区',
    'By grid': '分网格',
    'By region': '分区域',
    'Dispute statistics': '矛盾纠纷统计',
    'Period': '统计期间',
    'As of': '截至',
    'Previous period': '上期',
    'A year earlier': '上年同期',
    'Figure': '指标',
    'This period': '本期',
    'Change': '变化',
    'Resolved by handling level': '按办理层级的化解情况',
    'Share': '占比',
    'Village and township': '村和乡镇',
    'vs previous': '环比',
    'vs a year earlier': '同比',
    'By category': '分类型',
    'Code': '代码',
    'Village share': '村级占比',
    'Operator': '操作员',
    'Supervisor': '值班长',
    'Township clerk': '乡镇专干',
    'Leader (read only)': '领导（只读）',
    'System admin': '系统管理员',
    'Security admin': '安全管理员',
    'Audit admin': '审计管理员',
    # Dispute statuses and vocabulary
    'Reported': '已登记', 'Accepted': '已受理', 'Routed': '已分流', 'Mediating': '调处中',
    'Resolved': '调解成功', 'Mediation failed': '调解不成', 'Referred': '已转办',
    'Followed up': '已回访', 'Closed': '办结', 'Withdrawn': '已撤回',
    'Marriage and family': '婚姻家庭', 'Neighbours': '邻里纠纷', 'Land and boundaries': '土地权属',
    'Homestead': '宅基地', 'Labour and unpaid wages': '劳动争议与欠薪', 'Property management': '物业管理',
    'Consumer': '消费维权', 'Traffic accident': '交通事故', 'Medical': '医疗纠纷', 'Debt': '债权债务',
    'Contract': '合同纠纷', 'Land requisition and demolition': '征地拆迁',
    'Environmental nuisance': '环境污染', 'Other': '其他',
    'Grid worker screening': '网格员排查', 'Walk-in': '群众来访', '12345 hotline': '12345热线',
    'Transferred by police (110)': '110警情移交', 'Transferred by petition office': '信访部门转办',
    'Transferred by court': '法院委派', 'Online': '网上受理',
    'County level': '县级', 'Township level': '乡镇级', 'Village level': '村级',
    '(last month to %1 only)': '（本月数据截至 %1）',
    # Workflow actions
    'Report': '登记', 'Accept': '受理', 'Route': '分流', 'Start mediation': '开始调处',
    'Refer': '转办', 'Escalate': '上交', 'Follow up': '回访', 'Close': '办结', 'Withdraw': '撤回',
    'Reopen': '重新调处',
    # Region levels
    'County': '县', 'Township': '乡镇/街道', 'Village': '村/社区', 'Grid': '网格',
    # Demo generator stages
    'Disputes and their histories': '矛盾纠纷及办理经过', 'Drawing the county': '绘制县域',
    'Saving': '正在保存', 'Done': '完成', 'Placing villages and grids': '布设村社区和网格',
    'Drawing grids': '绘制网格', 'Writing townships, villages and grids': '写入乡镇、村社区和网格',
    'Mediation bodies': '调解组织', 'Patrol platforms': '巡防平台', 'Patrol shifts': '巡逻班次',
    'Incidents': '警情', 'Survey waves': '一感两度两率调查批次', 'Survey responses': '调查问卷',
    'People': '人员', 'Grid workers': '网格员', 'Holidays': '节假日',
    # Detail dock
    'General': '一般', 'Complex': '复杂', 'Major': '重大', 'Applicant': '申请人',
    'Respondent': '被申请人', 'Third party': '第三人', 'Satisfied': '满意',
    'Basically satisfied': '基本满意', 'Dissatisfied': '不满意', 'Dispute detail': '纠纷详情',
    'Select a dispute in the queue to see its facts, parties and history.':
        '在纠纷台账中选择一件纠纷，查看案情、当事人和办理经过。',
    'Major dispute': '重大矛盾纠纷', 'Category': '纠纷类型', 'Source': '来源',
    'Complexity': '难易程度', 'Handling level': '办理层级', 'Place': '发生地',
    'Mediation body': '调解组织', 'Mediator': '调解员', 'Amount': '涉及金额', '%1 yuan': '%1 元',
    'Due': '办理期限', 'Follow-up': '回访结果', 'Facts': '基本案情', 'Parties': '当事人',
    'No parties recorded.': '未登记当事人。', 'History': '办理经过',
    # Queue
    'Dispute queue': '纠纷台账', 'No database open': '未打开数据库',
    '%1 disputes in total, %2 open': '共 %1 件，在办 %2 件', 'Overdue': '已超期',
    'Case no.': '案件编号', 'Title': '纠纷名称', 'Status': '办理状态', 'Village / grid': '村社区 / 网格',
    # Trend
    'Dispute trend': '纠纷趋势', '%1 — disputes per month': '%1 — 月度矛盾纠纷',
    # Main window
    'Pingan Command Desk': '平安指挥台', '&Open database…': '打开数据库(&O)…',
    'Open another database file': '打开另一个数据库文件',
    'Create &demo database…': '创建示范数据库(&D)…',
    'Create a database with the demo county to try the desk': '创建含示范县数据的数据库，用于试用',
    '&Quit': '退出(&Q)', '&Refresh': '刷新(&R)',
    'Read the counts and lists again from the database': '从数据库重新读取统计和列表',
    '&Whole county on map': '地图显示全县(&W)', 'Zoom the map out to the whole county': '将地图缩放到全县范围',
    'Reset &layout': '恢复默认布局(&L)', 'Put every panel back where it was at first start': '将所有面板恢复到初始位置',
    '&About Pingan Command Desk': '关于平安指挥台(&A)', 'About &Qt': '关于 &Qt',
    '&File': '文件(&F)', '&View': '视图(&V)', '&Help': '帮助(&H)', 'Main toolbar': '主工具栏',
    'Panels': '面板', 'No database': '没有数据库', 'There is no database at %1.': '%1 处没有数据库。',
    'Create the demo county there to try the desk, open another database file, or quit.':
        '可以在该位置创建示范县数据试用本系统，也可以打开其他数据库文件，或者退出。',
    'Create demo county': '创建示范县', 'Open another file…': '打开其他文件…', 'Quit': '退出',
    'Open database': '打开数据库', 'Pingan databases (*.db *.sqlite);;All files (*)':
        '平安指挥台数据库 (*.db *.sqlite);;所有文件 (*)',
    'Create demo database': '创建示范数据库', 'Pingan databases (*.db)': '平安指挥台数据库 (*.db)',
    'Creating the demo county…': '正在创建示范县…', 'Cancel': '取消', 'Demo county': '示范县',
    'Creating the demo county: %1': '正在创建示范县：%1',
    'The demo county could not be created:\n%1': '无法创建示范县：\n%1',
    'The database %1 could not be opened:\n%2': '无法打开数据库 %1：\n%2',
    'Damaged database': '数据库已损坏',
    'The integrity check found problems in %1, so it is open read-only:\n%2':
        '完整性检查发现 %1 存在问题，已以只读方式打开：\n%2',
    'The database %1 could not be read:\n%2': '无法读取数据库 %1：\n%2',
    'Database: %1': '数据库：%1', 'This database holds no county yet.': '该数据库中还没有县级区划。',
    'All disputes': '全部纠纷', 'Loading map…': '正在加载地图…',
    'The map could not be read:\n%1': '无法读取地图：\n%1',
    'Regions %1 · Disputes %2 · Open %3': '区划 %1 · 纠纷 %2 · 在办 %3',
    '%1 — %2': '%1 — %2', 'About Pingan Command Desk': '关于平安指挥台',
    '<h3>Pingan Command Desk %1</h3><p>Dispute screening and resolution, grid management, patrol platforms and the public safety survey for county social-governance centers.</p>':
        '<h3>平安指挥台 %1</h3><p>面向县级社会治理综合中心的矛盾纠纷排查化解、网格化服务管理、巡防平台和一感两度两率调查工作平台。</p>',
    '%1 %2': '%1 %2',
    # Map
    'Map': '地图', 'No region outlines in this database': '该数据库中没有区划边界',
    '%1 km': '%1 公里', '%1 m': '%1 米',
    # Panels
    'Loading…': '正在加载…',
    # Region tree
    'Regions': '区划', '%1 %2 (%3)\nPopulation %4\nOpen disputes %5 of %6':
        '%1 %2（%3）\n人口 %4\n在办纠纷 %5 件，累计 %6 件',
    'Region': '区划名称', 'Open': '在办', 'Total': '累计',
    # Map: toolbar, layers, legend, export
    'What colours the map': '专题图设色指标',
    'Colour grids, villages or townships': '按网格、村（社区）或乡镇（街道）设色',
    'How the classes are cut': '分级方法',
    'Layers': '图层', 'Grid outlines': '网格边界', 'Village outlines': '村（社区）边界',
    'Unfinished disputes': '未办结纠纷', 'Incidents (30 days)': '警情（近 30 天）',
    'Find a region: name, code or pinyin initials': '查找区划：名称、代码或拼音首字母',
    'Show the whole county (Home)': '显示全县（Home 键）',
    'Zoom to the selected region': '缩放到选中的区划',
    'Export…': '导出…',
    'Save the view as PNG at print resolution, or as SVG': '将当前视图导出为印刷分辨率的 PNG 图像或 SVG 矢量图',
    'Townships (no metric)': '乡镇（不设色）',
    'Drawing the map…': '正在绘制地图…', 'There is no map to export.': '没有可导出的地图。',
    'Cannot write %1': '无法写入 %1',
    'Open disputes per 1,000 residents': '每千人在办纠纷数', 'Overdue disputes': '超期纠纷数',
    'Disputes reported in the last 30 days': '近 30 天登记纠纷数',
    'Sense of security (survey)': '安全感（问卷调查）',
    'Response-time band (1-3-5)': '快速反应圈（1-3-5 分钟）',
    'Four-colour risk level': '四色风险等级',
    'No survey responses to the security question yet.': '安全感题目尚无调查答卷。',
    'Response-time coverage has not been analysed yet (1-3-5 coverage).':
        '尚未进行快速反应圈覆盖分析（1-3-5 分钟覆盖）。',
    'Low risk (green)': '低风险（绿）', 'General risk (blue)': '一般风险（蓝）',
    'Elevated risk (yellow)': '较大风险（黄）', 'Major risk (red)': '重大风险（红）',
    'Quantiles': '分位数', 'Natural breaks (Jenks)': '自然断点（Jenks）', 'Equal intervals': '等间距',
    '%1–%2': '%1–%2', 'No data': '无数据', '%1%': '%1%', '%1 · %2': '%1 · %2',
    # Main window: map export, region hover card, boundary import
    '&Import boundaries…': '导入边界(&I)…',
    'Import county, township, village or grid outlines from a shapefile, GeoJSON, GeoPackage or KML':
        '从 Shapefile、GeoJSON、GeoPackage 或 KML 文件导入县、乡镇（街道）、村（社区）或网格边界',
    'Code: %1': '区划代码：%1', 'Grid worker: %1': '网格员：%1',
    'Population: %1 (%2 households)': '人口：%1（%2 户）',
    'Open disputes: %1 · overdue %2 · last 30 days %3': '在办纠纷：%1 · 超期 %2 · 近 30 天 %3',
    'Export the map': '导出地图', 'map.png': '地图.png',
    'PNG image, 300 dpi (*.png);;SVG drawing (*.svg)': 'PNG 图像，300 dpi (*.png);;SVG 矢量图 (*.svg)',
    'Map saved to %1': '地图已保存到 %1',
    # Boundary import dialog
    'Import boundaries': '导入边界',
    'Shapefile, GeoJSON, GeoPackage or KML': 'Shapefile、GeoJSON、GeoPackage 或 KML 文件',
    'Browse…': '浏览…',
    'By location (the region that holds most of the area)': '按位置（取覆盖其大部分面积的区划）',
    'One region for all features': '全部要素归入同一区划',
    'From a field': '从字段读取',
    'Parent code, e.g. 610104000000': '上级区划代码，例如 610104000000',
    'As the file declares (e.g. EPSG:4547)': '按文件声明（例如 EPSG:4547）',
    'Coordinates are GCJ-02 (web map): convert to WGS84': '坐标为火星坐标（GCJ-02，网络地图）：转换为 WGS84',
    'Optional OGR SQL filter, e.g. adcode = 610104': '可选的 OGR SQL 筛选条件，例如 adcode = 610104',
    'Read and check': '读取并检查', 'Area (km²)': '面积（平方公里）',
    'Problems and repairs found in the file are listed here.': '文件中发现的问题和修复情况将在此列出。',
    'Import': '导入', 'Name field:': '名称字段：', 'File:': '文件：', 'Layer:': '图层：',
    'Level:': '区划层级：', 'Code field:': '代码字段：', 'Parent:': '上级区划：',
    'Source CRS:': '源坐标系：', 'Filter:': '筛选条件：', 'Boundary file': '边界文件',
    'GIS files (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;All files (*)':
        'GIS 文件 (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;所有文件 (*)',
    'Opening %1…': '正在打开 %1…',
    'Choose the level and fields, then read and check the file.': '请选择区划层级和字段，然后读取并检查文件。',
    'The file declares none: give one for projected coordinates': '文件未声明坐标系：投影坐标须指定坐标系',
    'As the file declares: %1': '按文件声明：%1',
    'The options changed: read and check the file again before importing.':
        '选项已更改：导入前请重新读取并检查文件。',
    'Choose a file first.': '请先选择文件。', 'Reading %1…': '正在读取 %1…',
    'Reading cancelled.': '已取消读取。',
    '%1 region(s) read: %2 new, %3 changed, %4 unchanged; %5 feature(s) repaired, %6 skipped.':
        '已读取 %1 个区划：新增 %2 个，有变化 %3 个，无变化 %4 个；修复要素 %5 个，跳过 %6 个。',
    'Error: %1': '错误：%1', 'Repaired or skipped: %1': '已修复或跳过：%1',
    'Import cancelled; nothing was written.': '导入已取消，未写入任何数据。',
    'Import failed; nothing was written: %1': '导入失败，未写入任何数据：%1',
    'Imported: %1 new, %2 updated, %3 unchanged; %4 feature(s) repaired, %5 skipped.':
        '导入完成：新增 %1 个，更新 %2 个，无变化 %3 个；修复要素 %4 个，跳过 %5 个。',
    # Boundary import: reading, checking and writing (GeoImport); %N of a level is its key, e.g. township
    '%1: cannot read: no such file': '%1：无法读取：文件不存在',
    '%1: cannot read: not a vector file GDAL/OGR knows': '%1：无法读取：不是 GDAL/OGR 支持的矢量文件',
    '%1: cannot read: %2': '%1：无法读取：%2',
    '%1: the file holds no layer': '%1：文件中没有图层',
    'feature %1': '要素 %1',
    "%1: no layer '%2'; the file has: %3": '%1：没有图层“%2”；文件中的图层有：%3',
    '(no fields)': '（无字段）',
    "%1: layer '%2' has no field '%3' (%4); its fields are: %5":
        '%1：图层“%2”中没有字段“%3”（%4）；该图层的字段有：%5',
    "%1: layer '%2' has no %3 field that is known by name; give it with %4. Its fields are: %5":
        '%1：图层“%2”中没有能按字段名识别的%3字段，请用 %4 指定。该图层的字段有：%5',
    '%1: a county has no parent region; leave out the parent option':
        '%1：县级区划没有上级区划，请不要指定上级区划选项',
    "%1: layer '%2' has no field '%3' (parent code); its fields are: %4":
        '%1：图层“%2”中没有字段“%3”（上级区划代码）；该图层的字段有：%4',
    "%1: parent '%2' is not a division code": '%1：上级区划“%2”不是有效的区划代码',
    "%1: the attribute filter '%2' is not valid: %3": '%1：属性筛选条件“%2”无效：%3',
    "%1: --source-crs '%2' is not a CRS GDAL knows (e.g. EPSG:4547)":
        '%1：--source-crs “%2”不是 GDAL 能识别的坐标系（例如 EPSG:4547）',
    '%1: cannot transform from %2 to longitude/latitude: %3': '%1：无法从 %2 转换为经纬度：%3',
    'none declared (read as longitude/latitude)': '未声明（按经纬度读取）',
    "%1: field '%2' is empty": '%1：字段“%2”为空',
    "%1: field '%2' holds '%3', which is not a division code (12 digits, 15 for a grid; a 6-digit county or 9-digit township code is padded)":
        '%1：字段“%2”的值“%3”不是区划代码（应为 12 位，网格为 15 位；6 位县级或 9 位乡镇级代码会自动补足）',
    "%1: field '%2' (name) is empty": '%1：字段“%2”（名称）为空',
    "%1: field '%2' holds '%3', which is not a parent's division code": '%1：字段“%2”的值“%3”不是上级区划代码',
    '%1: parent %2 differs from %3 given by another part of %4':
        '%1：上级区划 %2 与区划 %4 另一部分给出的 %3 不一致',
    '%1 (%2): no geometry; skipped': '%1（%2）：没有几何图形，已跳过',
    '%1: the file declares no CRS (no .prj or crs member) and its coordinates such as %2 are projected, not longitude/latitude; give the CRS with --source-crs EPSG:N (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, CM 114E)':
        '%1：文件未声明坐标系（没有 .prj 文件或 crs 成员），且其坐标（如 %2）是投影坐标而非经纬度；'
        '请用 --source-crs EPSG:N 指定坐标系（例如 EPSG:4547，即 CGCS2000 高斯-克吕格 3 度带，中央经线 114°E）',
    '%1: coordinates such as %2 are not longitude/latitude, but the file is read as %3 (GeoJSON without a crs member counts as longitude/latitude); give the real CRS with --source-crs EPSG:N':
        '%1：坐标（如 %2）不是经纬度，但文件按 %3 读取（没有 crs 成员的 GeoJSON 视为经纬度）；'
        '请用 --source-crs EPSG:N 指定实际坐标系',
    '%1: cannot transform to longitude/latitude: %2': '%1：无法转换为经纬度：%2',
    '%1 (%2): a %3, not an area; skipped': '%1（%2）：是 %3，不是面要素，已跳过',
    '%1 (%2): nothing left after repair; skipped': '%1（%2）：修复后没有剩余图形，已跳过',
    "%1: name '%2' differs from '%3'; the first is kept": '%1：名称“%2”与“%3”不一致，保留前者',
    "%1: layer '%2' holds no features": '%1：图层“%2”中没有要素',
    "%1: no feature matches '%2'": '%1：没有要素符合“%2”',
    '%1: no feature has an area to import': '%1：没有可导入的面要素',
    '%1: the store holds no %2 to place the features in; import the %2 first or give --parent':
        '%1：数据库中没有可容纳这些要素的 %2 级区划；请先导入 %2 级区划，或用 --parent 指定上级区划',
    'parts merged: %1': '已合并多个部分：%1',
    '%1: code %2 is a %3 code, not a %4 code': '%1：代码 %2 是 %3 级代码，不是 %4 级代码',
    '%1: lies outside every %2 in the store': '%1：不在数据库中任何 %2 级区划范围内',
    '%1% inside parent %2': '%1% 位于上级区划 %2 内',
    '%1: parent %2 is not a %3 in the store; the store has: %4':
        '%1：上级区划 %2 不是数据库中的 %3 级区划；数据库中有：%4',
    '%1: code %2 does not begin with the first %3 digits of its parent %4':
        '%1：代码 %2 的开头与上级区划 %4 的前 %3 位不一致',
    "%1: code %2 is already used by %3 '%4'; a code names one region":
        '%1：代码 %2 已被 %3 级区划“%4”使用；一个代码只能对应一个区划',
    "%1: code %2 is already used by '%3' under parent %4, not %5":
        '%1：代码 %2 已被上级区划 %4（而非 %5）下的“%3”使用',
    '(none)': '（无）',
    '%1: code %2 is also in %3; give the parts of a region in one file':
        '%1：代码 %2 也出现在 %3 中；同一区划的各部分须放在同一个文件中',
    'the reading was cancelled; nothing was written': '读取已取消，未写入任何数据',
    'the database is open read-only; nothing was written': '数据库以只读方式打开，未写入任何数据',
    'cancelled; nothing was written': '已取消，未写入任何数据',
    "code %1 is now used by '%2' (%3, parent %4); nothing was written":
        '代码 %1 现已被“%2”（%3 级，上级区划 %4）使用，未写入任何数据',
    'parent %1 of %2 is no longer a %3 in the store; nothing was written':
        '%2 的上级区划 %1 已不是数据库中的 %3 级区划，未写入任何数据',
    # Shape repair notes (lupdate files them under the namespace context "geo")
    'no area': '面积为零',
    'part %1: dropped its outline (%2)': '第 %1 部分：已舍弃其外边界（%2）',
    'part %1: dropped hole %2 (%3)': '第 %1 部分：已舍弃第 %2 个内洞（%3）',
    'rebuilt with buffer(0): %1': '已用 buffer(0) 重建：%1',
    'made valid: %1': '已修复为有效图形：%1',
    # lupdate does not see these two as %n plurals (the helper passes n second), so also plain:
    '%n point(s)': '%n 个点',
    'part %1: dropped its outline (%2) and %n hole(s)': '第 %1 部分：已舍弃其外边界（%2）及 %n 个内洞',
}

# Where the same English word needs a different Chinese word in one context.
BY_CONTEXT = {
    ('MapFurniture', 'Rapid-police district'): '快警区防', ('MapFurniture', 'Patrol post'): '巡防点',
    ('MapFurniture', 'Community watch'): '群防点',
    ('MapFurniture', 'Unfinished disputes (a number: how many close together)'): '在办纠纷（圈内数字：邻近件数）',
    ('MapFurniture', 'Incident, last 30 days'): '近 30 天警情',
    ('GeoImport', 'county'): '县级', ('GeoImport', 'township'): '乡镇级',
    ('GeoImport', 'village'): '村（社区）级', ('GeoImport', 'grid'): '网格级',
    ('DisputeIntakeDialog', 'ID number'): '身份证号',
    ('DisputeQueueModel', 'Level'): '办理层级',
    ('StatsCommand', 'Level'): '层级',
    ('DisputeStats', 'New'): '新登记',
    ('StatsCommand', 'Name'): '名称',
    ('DisputeDetailDock', 'Reported'): '登记时间', ('DisputeDetailDock', 'Accepted'): '受理时间',
    ('DisputeDetailDock', 'Resolved'): '调结时间', ('DisputeDetailDock', 'Closed'): '办结时间',
    ('DisputeQueueModel', 'Reported'): '登记时间', ('DisputeQueueModel', 'Due'): '办理期限',
    ('DisputeQueueModel', 'Category'): '类型', ('DisputeQueueModel', 'Grid'): '所属网格',
    ('DisputeTrendDock', 'Reported'): '新登记', ('DisputeTrendDock', 'Closed'): '已办结',
    ('DisputeWorkflow', 'Resolved'): '调解成功', ('DisputeWorkflow', 'Mediation failed'): '调解不成',
    ('Region', 'Township'): '乡镇', ('Region', 'Village'): '村社区',
    # Map and boundary import: short words that mean something else elsewhere
    ('MapDock', 'County'): '全县', ('MapDock', 'Selection'): '选中区划', ('MapDock', 'Names'): '名称注记',
    ('MapFurniture', 'N'): '北',
    ('GeoImport', 'code'): '代码', ('GeoImport', 'name'): '名称', ('GeoImport', 'none'): '无',
    ('GeoImportDialog', 'new'): '新增', ('GeoImportDialog', 'changed'): '有变化',
    ('GeoImportDialog', 'unchanged'): '无变化',
    ('GeoImportDialog', 'Code'): '区划代码', ('GeoImportDialog', 'Name'): '名称',
    ('GeoImportDialog', 'Parent'): '上级区划', ('GeoImportDialog', 'Notes'): '说明',
    ('GeoImportDialog', 'Close'): '关闭',
}

NUMERUS = {
    '%n working day(s) left': ['剩余 %n 个工作日'],
    'overdue by %n working day(s)': ['超期 %n 个工作日'],
    '%1 (%2, %n open case(s))': ['%1（%2，在办 %n 件）'],
    '%1 (%n open case(s))': ['%1（在办 %n 件）'],
    'Possibly registered already (last %n day(s)):': ['可能已登记（近 %n 天）：'],
    'Not saved: %n problem(s) to correct': ['未保存：%n 处需更正'],
    'Due within %n working day(s)': ['%n 个工作日内到期'],
    'Due within %n day(s)': ['%n 天内到期'],
    # Map and boundary import
    '… and %n more problem(s)': ['…另有 %n 个问题'],
    '… %n more': ['…另有 %n 个'],
    '%1: %n problem(s); nothing was written': ['%1：%n 个问题，未写入任何数据'],
    '%n layer(s): choose one, the level and fields, then read and check.':
        ['共 %n 个图层：请选择图层、区划层级和字段，然后读取并检查。'],
    '%n problem(s) found: nothing can be imported until they are fixed.':
        ['发现 %n 个问题：全部改正后才能导入。'],
    '%n part(s)': ['%n 个部分'],
    'Importing %n region(s)…': ['正在导入 %n 个区划…'],
    '%n point(s)': ['%n 个点'],
    'part %1: dropped its outline (%2) and %n hole(s)': ['第 %1 部分：已舍弃其外边界（%2）及 %n 个内洞'],
}


def fill_zh(path):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            src = m.find('source').text
            tr = m.find('translation')
            if m.get('numerus') == 'yes':
                forms = NUMERUS.get(src)
                if not forms:
                    missing.append((name, src))
                    continue
                for nf in list(tr):
                    tr.remove(nf)
                for f in forms:
                    ET.SubElement(tr, 'numerusform').text = f
                tr.attrib.pop('type', None)
                continue
            text = BY_CONTEXT.get((name, src), BY_SOURCE.get(src))
            if text is None:
                if tr.text and tr.get('type') != 'unfinished':
                    continue   # already translated by hand
                missing.append((name, src))
                continue
            tr.text = text
            tr.attrib.pop('type', None)
    write(tree, path)
    return missing


def finish_en(path):
    tree = ET.parse(path)
    for m in tree.getroot().iter('message'):
        tr = m.find('translation')
        if m.get('numerus') == 'yes':
            src = m.find('source').text
            for nf in list(tr):
                tr.remove(nf)
            for f in (src.replace('(s)', ''), src.replace('(s)', 's')):
                ET.SubElement(tr, 'numerusform').text = f
        tr.attrib.pop('type', None)
    write(tree, path)


def write(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


if __name__ == '__main__':
    root = sys.argv[1]
    missing = fill_zh(root + '/pingan_zh_CN.ts')
    finish_en(root + '/pingan_en.ts')
    for ctx, src in missing:
        print(f'MISSING {ctx}: {src!r}')
