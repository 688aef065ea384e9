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
}

# Where the same English word needs a different Chinese word in one context.
BY_CONTEXT = {
    ('DisputeDetailDock', 'Reported'): '登记时间', ('DisputeDetailDock', 'Accepted'): '受理时间',
    ('DisputeDetailDock', 'Resolved'): '调结时间', ('DisputeDetailDock', 'Closed'): '办结时间',
    ('DisputeQueueModel', 'Reported'): '登记时间', ('DisputeQueueModel', 'Due'): '办理期限',
    ('DisputeQueueModel', 'Category'): '类型', ('DisputeQueueModel', 'Grid'): '所属网格',
    ('DisputeTrendDock', 'Reported'): '新登记', ('DisputeTrendDock', 'Closed'): '已办结',
    ('DisputeWorkflow', 'Resolved'): '调解成功', ('DisputeWorkflow', 'Mediation failed'): '调解不成',
    ('Region', 'Township'): '乡镇', ('Region', 'Village'): '村社区',
}

NUMERUS = {
    'Due within %n day(s)': ['%n 天内到期'],
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
