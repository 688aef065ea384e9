<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>Disputes and their histories</source>
            <translation>矛盾纠纷及办理经过</translation>
        </message>
        <message>
            <source>Drawing the county</source>
            <translation>绘制县域</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>正在保存</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Placing villages and grids</source>
            <translation>布设村社区和网格</translation>
        </message>
        <message>
            <source>Drawing grids</source>
            <translation>绘制网格</translation>
        </message>
        <message>
            <source>Writing townships, villages and grids</source>
            <translation>写入乡镇、村社区和网格</translation>
        </message>
        <message>
            <source>Mediation bodies</source>
            <translation>调解组织</translation>
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>Patrol shifts</source>
            <translation>巡逻班次</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>Survey waves</source>
            <translation>一感两度两率调查批次</translation>
        </message>
    </context>
    <context>
        <name>Dispute</name>
        <message>
            <source>Reported</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Routed</source>
            <translation>已分流</translation>
        </message>
        <message>
            <source>Mediating</source>
            <translation>调处中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>调解成功</translation>
        </message>
        <message>
            <source>Mediation failed</source>
            <translation>调解不成</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>已转办</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>已回访</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Marriage and family</source>
            <translation>婚姻家庭</translation>
        </message>
        <message>
            <source>Neighbours</source>
            <translation>邻里纠纷</translation>
        </message>
        <message>
            <source>Land and boundaries</source>
            <translation>土地权属</translation>
        </message>
        <message>
            <source>Homestead</source>
            <translation>宅基地</translation>
        </message>
        <message>
            <source>Labour and unpaid wages</source>
            <translation>劳动争议与欠薪</translation>
        </message>
        <message>
            <source>Property management</source>
            <translation>物业管理</translation>
        </message>
        <message>
            <source>Consumer</source>
            <translation>消费维权</translation>
        </message>
        <message>
            <source>Traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>医疗纠纷</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>债权债务</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同纠纷</translation>
        </message>
        <message>
            <source>Land requisition and demolition</source>
            <translation>征地拆迁</translation>
        </message>
        <message>
            <source>Environmental nuisance</source>
            <translation>环境污染</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Grid worker screening</source>
            <translation>网格员排查</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>群众来访</translation>
        </message>
        <message>
            <source>12345 hotline</source>
            <translation>12345热线</translation>
        </message>
        <message>
            <source>Transferred by police (110)</source>
            <translation>110警情移交</translation>
        </message>
        <message>
            <source>Transferred by petition office</source>
            <translation>信访部门转办</translation>
        </message>
        <message>
            <source>Transferred by court</source>
            <translation>法院委派</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>网上受理</translation>
        </message>
    </context>
    <context>
        <name>DisputeDetailDock</name>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>复杂</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Third party</source>
            <translation>第三人</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Dispute detail</source>
            <translation>纠纷详情</translation>
        </message>
        <message>
            <source>Select a dispute in the queue to see its facts, parties and history.</source>
            <translation>在纠纷台账中选择一件纠纷，查看案情、当事人和办理经过。</translation>
        </message>
        <message>
            <source>Major dispute</source>
            <translation>重大矛盾纠纷</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>纠纷类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>难易程度</translation>
        </message>
        <message>
            <source>Handling level</source>
            <translation>办理层级</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>发生地</translation>
        </message>
        <message>
            <source>Mediation body</source>
            <translation>调解组织</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>调解员</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>涉及金额</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 元</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>调结时间</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>基本案情</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>No parties recorded.</source>
            <translation>未登记当事人。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>办理经过</translation>
        </message>
        <message>
            <source>County level</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>Township level</source>
            <translation>乡镇级</translation>
        </message>
        <message>
            <source>Village level</source>
            <translation>村级</translation>
        </message>
    </context>
    <context>
        <name>DisputeQueueDock</name>
        <message>
            <source>Dispute queue</source>
            <translation>纠纷台账</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <source>%1 disputes in total, %2 open</source>
            <translation>共 %1 件，在办 %2 件</translation>
        </message>
    </context>
    <context>
        <name>DisputeQueueModel</name>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>%n 天内到期</numerusform>
            </translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>纠纷名称</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>办理状态</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>所属网格</translation>
        </message>
    </context>
    <context>
        <name>DisputeTrendDock</name>
        <message>
            <source>Dispute trend</source>
            <translation>纠纷趋势</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>新登记</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>%1 — disputes per month</source>
            <translation>%1 — 月度矛盾纠纷</translation>
        </message>
        <message>
            <source>(last month to %1 only)</source>
            <translation>（本月数据截至 %1）</translation>
        </message>
    </context>
    <context>
        <name>DisputeWorkflow</name>
        <message>
            <source>Report</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>分流</translation>
        </message>
        <message>
            <source>Start mediation</source>
            <translation>开始调处</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>调解成功</translation>
        </message>
        <message>
            <source>Mediation failed</source>
            <translation>调解不成</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>转办</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上交</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新调处</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pingan Command Desk</source>
            <translation>平安指挥台</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>打开另一个数据库文件</translation>
        </message>
        <message>
            <source>Create &amp;demo database…</source>
            <translation>创建示范数据库(&amp;D)…</translation>
        </message>
        <message>
            <source>Create a database with the demo county to try the desk</source>
            <translation>创建含示范县数据的数据库，用于试用</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Read the counts and lists again from the database</source>
            <translation>从数据库重新读取统计和列表</translation>
        </message>
        <message>
            <source>&amp;Whole county on map</source>
            <translation>地图显示全县(&amp;W)</translation>
        </message>
        <message>
            <source>Zoom the map out to the whole county</source>
            <translation>将地图缩放到全县范围</translation>
        </message>
        <message>
            <source>Reset &amp;layout</source>
            <translation>恢复默认布局(&amp;L)</translation>
        </message>
        <message>
            <source>Put every panel back where it was at first start</source>
            <translation>将所有面板恢复到初始位置</translation>
        </message>
        <message>
            <source>&amp;About Pingan Command Desk</source>
            <translation>关于平安指挥台(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Panels</source>
            <translation>面板</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <source>No database</source>
            <translation>没有数据库</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation>%1 处没有数据库。</translation>
        </message>
        <message>
            <source>Create the demo county there to try the desk, open another database file, or quit.</source>
            <translation>可以在该位置创建示范县数据试用本系统，也可以打开其他数据库文件，或者退出。</translation>
        </message>
        <message>
            <source>Create demo county</source>
            <translation>创建示范县</translation>
        </message>
        <message>
            <source>Open another file…</source>
            <translation>打开其他文件…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Pingan databases (*.db *.sqlite);;All files (*)</source>
            <translation>平安指挥台数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Create demo database</source>
            <translation>创建示范数据库</translation>
        </message>
        <message>
            <source>Pingan databases (*.db)</source>
            <translation>平安指挥台数据库 (*.db)</translation>
        </message>
        <message>
            <source>Creating the demo county…</source>
            <translation>正在创建示范县…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Demo county</source>
            <translation>示范县</translation>
        </message>
        <message>
            <source>Creating the demo county: %1</source>
            <translation>正在创建示范县：%1</translation>
        </message>
        <message>
            <source>The demo county could not be created:
%1</source>
            <translation>无法创建示范县：
%1</translation>
        </message>
        <message>
            <source>The database %1 could not be opened:
%2</source>
            <translation>无法打开数据库 %1：
%2</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The integrity check found problems in %1, so it is open read-only:
%2</source>
            <translation>完整性检查发现 %1 存在问题，已以只读方式打开：
%2</translation>
        </message>
        <message>
            <source>The database %1 could not be read:
%2</source>
            <translation>无法读取数据库 %1：
%2</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>This database holds no county yet.</source>
            <translation>该数据库中还没有县级区划。</translation>
        </message>
        <message>
            <source>All disputes</source>
            <translation>全部纠纷</translation>
        </message>
        <message>
            <source>Loading map…</source>
            <translation>正在加载地图…</translation>
        </message>
        <message>
            <source>The map could not be read:
%1</source>
            <translation>无法读取地图：
%1</translation>
        </message>
        <message>
            <source>Regions %1 · Disputes %2 · Open %3</source>
            <translation>区划 %1 · 纠纷 %2 · 在办 %3</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>About Pingan Command Desk</source>
            <translation>关于平安指挥台</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pingan Command Desk %1&lt;/h3&gt;&lt;p&gt;Dispute screening and resolution, grid management, patrol platforms and the public safety survey for county social-governance centers.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;平安指挥台 %1&lt;/h3&gt;&lt;p&gt;面向县级社会治理综合中心的矛盾纠纷排查化解、网格化服务管理、巡防平台和一感两度两率调查工作平台。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MapDock</name>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>No region outlines in this database</source>
            <translation>该数据库中没有区划边界</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
    </context>
    <context>
        <name>PanelDock</name>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <source>County</source>
            <translation>县</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村社区</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
    </context>
    <context>
        <name>RegionTreeDock</name>
        <message>
            <source>Regions</source>
            <translation>区划</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
    </context>
    <context>
        <name>RegionTreeModel</name>
        <message>
            <source>%1 %2 (%3)
Population %4
Open disputes %5 of %6</source>
            <translation>%1 %2（%3）
人口 %4
在办纠纷 %5 件，累计 %6 件</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>区划名称</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在办</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>累计</translation>
        </message>
    </context>
</TS>
