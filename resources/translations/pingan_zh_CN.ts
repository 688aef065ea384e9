<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccessControl</name>
        <message>
            <source>%1 (%2) may not: %3</source>
            <translation>%1（%2）无权：%3</translation>
        </message>
        <message>
            <source>%1 is limited to region %2 and may not: %3</source>
            <translation>%1 仅限辖区 %2，无权：%3</translation>
        </message>
        <message>
            <source>%1 is limited to region %2: choose a region inside it</source>
            <translation>%1 仅限辖区 %2：请选择该辖区内的区域</translation>
        </message>
        <message>
            <source>%1 is limited to region %2; %3 lies outside it</source>
            <translation>%1 仅限辖区 %2；%3 不在该辖区内</translation>
        </message>
    </context>
    <context>
        <name>AuditDock</name>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Any user</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Walk the hash chain: finds a changed, deleted or inserted row</source>
            <translation>校验哈希链：查出被篡改、删除或插入的记录</translation>
        </message>
        <message>
            <source>From</source>
            <translation>自</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>newest %1 rows</source>
            <translation>最新 %1 条</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n row(s) checked.</source>
            <translation>
                <numerusform>审计日志完整：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log is damaged at row %1.</source>
            <translation>审计日志在第 %1 条记录处被破坏。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Audit row %1 lies before the start of the chain (%2): it was inserted</source>
            <translation>审计记录 %1 位于链起点（%2）之前：系被插入</translation>
        </message>
        <message>
            <source>Audit row %1 was deleted</source>
            <translation>审计记录 %1 已被删除</translation>
        </message>
        <message>
            <source>Audit rows %1 to %2 were deleted</source>
            <translation>审计记录 %1 至 %2 已被删除</translation>
        </message>
        <message>
            <source>Audit row %1 was changed: its content does not match its hash</source>
            <translation>审计记录 %1 已被篡改：内容与其哈希不符</translation>
        </message>
        <message>
            <source>Audit row %1 was changed: row %2 no longer links to it</source>
            <translation>审计记录 %1 已被篡改：记录 %2 的链接与之不符</translation>
        </message>
        <message>
            <source>Audit row %1 was cut off the end of the log</source>
            <translation>审计记录 %1 已从日志末尾被截去</translation>
        </message>
        <message>
            <source>Audit rows %1 to %2 were cut off the end of the log</source>
            <translation>审计记录 %1 至 %2 已从日志末尾被截去</translation>
        </message>
        <message>
            <source>Audit row %1 was added after the recorded head (%2)</source>
            <translation>审计记录 %1 添加于记录的链头（%2）之后</translation>
        </message>
        <message>
            <source>Audit row %1 was changed: it does not match the recorded head</source>
            <translation>审计记录 %1 已被篡改：与记录的链头不符</translation>
        </message>
        <message>
            <source>Audit rows are kept for %1 days: rows from %2 on cannot be removed yet</source>
            <translation>审计记录须保存 %1 天：%2 及以后的记录尚不能清理</translation>
        </message>
        <message>
            <source>%1 rows before %2 removed (up to row %3)</source>
            <translation>已清理 %2 之前的 %1 条记录（至第 %3 条）</translation>
        </message>
        <message>
            <source>%1 knew audit rows up to %2, but the log ends at %3: rows %4 to %2 were cut</source>
            <translation>%1 记录的审计日志至第 %2 条，但现日志止于第 %3 条：第 %4 至 %2 条已被截去</translation>
        </message>
        <message>
            <source>Audit row %1, which %2 knew, was deleted</source>
            <translation>%2 记录过的审计记录 %1 已被删除</translation>
        </message>
        <message>
            <source>Audit row %1 differs from the one %2 knew: the log was rewritten</source>
            <translation>审计记录 %1 与 %2 记录的不同：日志已被改写</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backups are consistent copies of the database, made while you work. Keep the folder on another disk or a network share.</source>
            <translation>备份是数据库的一致性副本，可在工作时进行。请把备份文件夹放在另一块磁盘或网络共享上。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚无备份</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>Back up every:</source>
            <translation>备份间隔：</translation>
        </message>
        <message>
            <source>Backups kept:</source>
            <translation>保留份数：</translation>
        </message>
        <message>
            <source>Latest backup:</source>
            <translation>最近备份：</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Cancel backup</source>
            <translation>取消备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Choose a folder for the backups.</source>
            <translation>请选择备份文件夹。</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>A backup or restore is already under way.</source>
            <translation>已有备份或恢复正在进行。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>未能备份：%1</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Pingan backups (*.db);;All files (*)</source>
            <translation>平安指挥台备份 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>%1 cannot be restored:
%2</source>
            <translation>%1 无法恢复：
%2</translation>
        </message>
        <message>
            <source>Replace the database with the backup %1?
%2

Everything entered since that backup is replaced. The current database is kept beside it (…before-restore-…) and can be restored in turn.</source>
            <translation>用备份 %1 替换数据库？
%2

该备份之后录入的内容都将被替换。当前数据库保留在旁边（…before-restore-…），需要时也可恢复。</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>未恢复任何数据：%1</translation>
        </message>
        <message>
            <source>Restored from %1. The previous database was kept as %2.</source>
            <translation>已从 %1 恢复。原数据库保留为 %2。</translation>
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <source>The backup was cancelled.</source>
            <translation>备份已取消。</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>a backup cannot be written over the database it copies</source>
            <translation>备份不能写到它所复制的数据库上</translation>
        </message>
        <message>
            <source>cannot create folder</source>
            <translation>无法创建文件夹</translation>
        </message>
        <message>
            <source>the copy cannot leave WAL mode</source>
            <translation>副本无法退出 WAL 模式</translation>
        </message>
        <message>
            <source>the copy is not sound, so it was not kept:</source>
            <translation>副本不完好，未予保留：</translation>
        </message>
        <message>
            <source>no such backup file</source>
            <translation>没有这个备份文件</translation>
        </message>
        <message>
            <source>not an SQLite database (not a Pingan backup)</source>
            <translation>不是 SQLite 数据库（不是平安指挥台备份）</translation>
        </message>
        <message>
            <source>the backup is damaged:</source>
            <translation>备份已损坏：</translation>
        </message>
        <message>
            <source>not a Pingan backup (it has no backup_info table)</source>
            <translation>不是平安指挥台备份（没有 backup_info 表）</translation>
        </message>
        <message>
            <source>not a Pingan backup (its backup_info cannot be read)</source>
            <translation>不是平安指挥台备份（无法读取 backup_info）</translation>
        </message>
        <message>
            <source>not a Pingan backup (its backup_info is empty)</source>
            <translation>不是平安指挥台备份（backup_info 为空）</translation>
        </message>
        <message>
            <source>this is the database itself, not a backup of it</source>
            <translation>这是数据库本身，不是它的备份</translation>
        </message>
        <message>
            <source>the backup was made by a newer program (schema %1; this program knows up to %2)</source>
            <translation>该备份由更新版本的程序制作（结构版本 %1；本程序最高支持 %2）</translation>
        </message>
        <message>
            <source>nothing was restored: the current database cannot be kept as</source>
            <translation>未恢复任何数据：当前数据库无法另存为</translation>
        </message>
        <message>
            <source>the restore was cancelled; nothing was changed</source>
            <translation>恢复已取消，未作任何更改</translation>
        </message>
        <message>
            <source>a PostgreSQL store is backed up on its server, with pg_dump (for example pg_dump -Fc -f FILE DBNAME) and restored with pg_restore; backups here are of SQLite files</source>
            <translation>PostgreSQL 数据库在其服务器上备份：用 pg_dump 备份（例如 pg_dump -Fc -f 文件 数据库名），用 pg_restore 恢复；此处的备份只针对 SQLite 数据库文件</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Change the password of %1.</source>
            <translation>修改 %1 的密码。</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>Enter the current password.</source>
            <translation>请输入当前密码。</translation>
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation>新密码不能与旧密码相同。</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <source>The new password meets the policy.</source>
            <translation>新密码符合密码策略。</translation>
        </message>
    </context>
    <context>
        <name>Choropleth</name>
        <message>
            <source>Low risk (green)</source>
            <translation>低风险（绿）</translation>
        </message>
        <message>
            <source>General risk (blue)</source>
            <translation>一般风险（蓝）</translation>
        </message>
        <message>
            <source>Elevated risk (yellow)</source>
            <translation>较大风险（黄）</translation>
        </message>
        <message>
            <source>Major risk (red)</source>
            <translation>重大风险（红）</translation>
        </message>
        <message>
            <source>Quantiles</source>
            <translation>分位数</translation>
        </message>
        <message>
            <source>Natural breaks (Jenks)</source>
            <translation>自然断点（Jenks）</translation>
        </message>
        <message>
            <source>Equal intervals</source>
            <translation>等间距</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <extracomment>A class range of a map legend, e.g. 1.5–3.0</extracomment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>%1%</source>
            <extracomment>A percentage in a map legend</extracomment>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>ConflictDock</name>
        <message>
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <source>Show resolved</source>
            <translation>显示已处理</translation>
        </message>
        <message>
            <source>Double-click a dispute to open it in its panel</source>
            <translation>双击纠纷可在纠纷详情面板中打开</translation>
        </message>
        <message>
            <source>Show every field</source>
            <translation>显示全部字段</translation>
        </message>
        <message>
            <source>Tick the value to keep in each differing field, then merge; or keep one version whole.</source>
            <translation>在每个不一致的字段中勾选要保留的值，然后按所选字段合并；也可整体保留一方的版本。</translation>
        </message>
        <message>
            <source>Keep local</source>
            <translation>保留本地</translation>
        </message>
        <message>
            <source>Keep the version made here for every field</source>
            <translation>所有字段均保留本节点的版本</translation>
        </message>
        <message>
            <source>Keep remote</source>
            <translation>保留对方</translation>
        </message>
        <message>
            <source>Keep the version from the other node for every field</source>
            <translation>所有字段均采用对方节点的版本</translation>
        </message>
        <message>
            <source>Merge chosen fields</source>
            <translation>按所选字段合并</translation>
        </message>
        <message>
            <source>Keep the ticked value of each field</source>
            <translation>各字段保留勾选的值</translation>
        </message>
        <message>
            <source>No sync conflicts to resolve</source>
            <translation>没有待处理的同步冲突</translation>
        </message>
        <message numerus="yes">
            <source>%n sync conflict(s) to resolve</source>
            <translation>
                <numerusform>%n 个同步冲突待处理</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown node</source>
            <translation>未知节点</translation>
        </message>
        <message>
            <source>%1 (this node)</source>
            <translation>%1（本节点）</translation>
        </message>
        <message>
            <source>%1 from %2, changed by %3 at %4</source>
            <translation>%1：来自 %2，%3 于 %4 修改</translation>
        </message>
        <message>
            <source>%1 from %2, changed at %3</source>
            <translation>%1：来自 %2，修改于 %3</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1：来自 %2</translation>
        </message>
        <message>
            <source>No sync conflicts. A record changed both here and on another node since their last exchange is listed here.</source>
            <translation>没有同步冲突。自上次交换以来在本节点和其他节点都被修改过的记录会列在这里。</translation>
        </message>
        <message>
            <source>Choose a conflict in the list.</source>
            <translation>请在列表中选择一个冲突。</translation>
        </message>
        <message>
            <source>Local version</source>
            <translation>本地版本</translation>
        </message>
        <message>
            <source>Remote version</source>
            <translation>对方版本</translation>
        </message>
        <message>
            <source>This conflict was resolved (%1).</source>
            <translation>此冲突已处理（%1）。</translation>
        </message>
        <message>
            <source>%1 (the table holds this one now)</source>
            <translation>%1（数据表中当前为此版本）</translation>
        </message>
    </context>
    <context>
        <name>ConflictFieldModel</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>纠纷名称</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>案情</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>办理状态</translation>
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
            <source>Major</source>
            <translation>重大纠纷</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>所属区划</translation>
        </message>
        <message>
            <source>Parent region</source>
            <translation>上级区划</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>所属纠纷</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>巡防平台</translation>
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
            <source>Grid worker</source>
            <translation>网格员</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人数</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>涉及金额（元）</translation>
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
            <translation>化解时间</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>回访满意度</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>警力</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>民警人数</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>群防力量</translation>
        </message>
        <message>
            <source>Duty hours</source>
            <translation>值守时间</translation>
        </message>
        <message>
            <source>Speed (km/h)</source>
            <translation>行驶速度（公里/小时）</translation>
        </message>
        <message>
            <source>In service from</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Retired on</source>
            <translation>撤销日期</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>巡逻里程（公里）</translation>
        </message>
        <message>
            <source>Called in</source>
            <translation>报警时间</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派警时间</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到场时间</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>处置完毕</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Urban</source>
            <translation>城镇</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>(binary data, %1 bytes)</source>
            <translation>（二进制数据，%1 字节）</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>Local · %1</source>
            <translation>本地 · %1</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Remote · %1</source>
            <translation>对方 · %1</translation>
        </message>
    </context>
    <context>
        <name>ConflictModel</name>
        <message>
            <source>Dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Dispute history</source>
            <translation>纠纷办理记录</translation>
        </message>
        <message>
            <source>Patrol platform</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>Patrol shift</source>
            <translation>巡逻班次</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>区划</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Mediation body</source>
            <translation>调解组织</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Survey scheme</source>
            <translation>测评方案</translation>
        </message>
        <message>
            <source>Survey wave</source>
            <translation>测评批次</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>道路</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Kept local</source>
            <translation>已保留本地</translation>
        </message>
        <message>
            <source>Kept remote</source>
            <translation>已保留对方</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>%1 by %2 on %3</source>
            <translation>%1（%2，%3）</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
    </context>
    <context>
        <name>ConflictRepository</name>
        <message>
            <source>no sync conflict %1</source>
            <translation>没有编号为 %1 的同步冲突</translation>
        </message>
        <message>
            <source>%1 names %2 conflicts; give more of the id</source>
            <translation>%1 对应 %2 个冲突，请输入更多位编号</translation>
        </message>
        <message>
            <source>conflict %1: no field chosen</source>
            <translation>冲突 %1：未选择任何字段</translation>
        </message>
        <message>
            <source>conflict %1: table %2 cannot be resolved here</source>
            <translation>冲突 %1：数据表 %2 不能在此处理</translation>
        </message>
        <message>
            <source>conflict %1 is resolved already</source>
            <translation>冲突 %1 已经处理过</translation>
        </message>
        <message>
            <source>conflict %1: row %2 of %3 is not in this store</source>
            <translation>冲突 %1：本库中没有 %3 的记录 %2</translation>
        </message>
        <message>
            <source>conflict %1: %2 has no column %3</source>
            <translation>冲突 %1：%2 没有字段 %3</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>cannot open</source>
            <translation>无法打开</translation>
        </message>
    </context>
    <context>
        <name>CoverageDesk</name>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <source>Analysing coverage…</source>
            <translation>正在分析响应覆盖…</translation>
        </message>
        <message>
            <source>The coverage could not be analysed:
%1</source>
            <translation>无法分析响应覆盖：
%1</translation>
        </message>
        <message>
            <source>No grids with a place on the map: import grid boundaries first.</source>
            <translation>没有可在地图上定位的网格：请先导入网格边界。</translation>
        </message>
        <message>
            <source>travel over %1 km of imported roads</source>
            <translation>按已导入的 %1 公里道路计算行程</translation>
        </message>
        <message>
            <source>straight line × %1 detour (no road network imported)</source>
            <translation>按直线距离 × 绕行系数 %1 计算（未导入路网）</translation>
        </message>
        <message>
            <source>%1 platforms · %2 grids · %3 residents · %4.</source>
            <translation>%1 个平台 · %2 个网格 · %3 名居民 · %4。</translation>
        </message>
        <message>
            <source>No patrol platforms yet: every grid is beyond reach.</source>
            <translation>尚无巡防平台：所有网格均在响应圈外。</translation>
        </message>
        <message numerus="yes">
            <source>%n grid(s) without an outline are left out.</source>
            <translation>
                <numerusform>%n 个无边界的网格未计入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stored settings not usable (%1); defaults used.</source>
            <translation>已保存的设置不可用（%1），已采用默认值。</translation>
        </message>
        <message numerus="yes">
            <source>Looking for the best %n site(s)…</source>
            <translation>
                <numerusform>正在寻找最佳的 %n 处选址…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: no sites proposed.</source>
            <translation>已取消：未提出选址。</translation>
        </message>
        <message>
            <source>No new site would bring anyone more within %1 min.</source>
            <translation>新增任何平台都不能让更多居民进入 %1 分钟响应圈。</translation>
        </message>
        <message numerus="yes">
            <source>%n new platform(s) bring %1 more residents within %2 min: %3 → %4 of the county's residents.</source>
            <translation>
                <numerusform>新增 %n 个平台可使 %1 名居民进入 %2 分钟响应圈：全县覆盖率 %3 → %4。</numerusform>
            </translation>
        </message>
        <message>
            <source>Coverage settings</source>
            <translation>响应覆盖设置</translation>
        </message>
        <message>
            <source>Response: no platform reaches it</source>
            <translation>出警：无平台可达</translation>
        </message>
        <message>
            <source>Response: %1 min from %2 (%3)</source>
            <translation>出警：%2 约 %1 分钟可达（%3）</translation>
        </message>
        <message>
            <source>This account may not change the coverage settings</source>
            <translation>此账户无权修改响应覆盖设置</translation>
        </message>
    </context>
    <context>
        <name>CoverageDock</name>
        <message>
            <source>Response coverage (1-3-5)</source>
            <translation>响应覆盖（1-3-5 分钟）</translation>
        </message>
        <message>
            <source>Analyse again</source>
            <translation>重新分析</translation>
        </message>
        <message>
            <source>Where to add the next platforms</source>
            <translation>新增平台选址</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Platforms:</source>
            <translation>平台数：</translation>
        </message>
        <message>
            <source>to bring within</source>
            <translation>使更多居民进入</translation>
        </message>
        <message>
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>&amp;Colour the map by band</source>
            <translation>按响应圈为地图着色(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Suggest sites</source>
            <translation>推荐选址(&amp;S)</translation>
        </message>
        <message>
            <source>Show the map with &amp;them</source>
            <translation>地图按新增后显示(&amp;T)</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
    </context>
    <context>
        <name>CoverageProposalModel</name>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>At grid</source>
            <translation>所在网格</translation>
        </message>
        <message>
            <source>Lon, lat</source>
            <translation>经度，纬度</translation>
        </message>
        <message>
            <source>Residents added</source>
            <translation>新增覆盖居民</translation>
        </message>
        <message>
            <source>Grids added</source>
            <translation>新增覆盖网格</translation>
        </message>
        <message>
            <source>Within %1 min after</source>
            <translation>新增后 %1 分钟覆盖率</translation>
        </message>
        <message>
            <source>Coverage after</source>
            <translation>新增后覆盖率</translation>
        </message>
    </context>
    <context>
        <name>CoverageSettingsDialog</name>
        <message>
            <source>Coverage settings</source>
            <translation>响应覆盖设置</translation>
        </message>
        <message>
            <source>Minutes, ascending, e.g. 1, 3, 5</source>
            <translation>分钟数，从小到大，如 1, 3, 5</translation>
        </message>
        <message>
            <source>Straight distance × this = the way driven where no road is known</source>
            <translation>无道路数据处，按直线距离 × 此系数计算行驶路程</translation>
        </message>
        <message>
            <source> m</source>
            <translation> 米</translation>
        </message>
        <message>
            <source>A grid this close to a platform is reached directly, not by road</source>
            <translation>与平台相距在此范围内的网格直接到达，不经道路</translation>
        </message>
        <message>
            <source> km/h</source>
            <translation> 公里/小时</translation>
        </message>
        <message>
            <source>Roads join where they cross</source>
            <translation>道路相交处视为路口连通</translation>
        </message>
        <message>
            <source>Off for road data whose junctions are shared vertices, so that a bridge does not count as a crossroads</source>
            <translation>若路网数据在路口有共用节点，可关闭此项，以免桥梁被当作路口</translation>
        </message>
        <message>
            <source>Response &amp;bands (minutes)</source>
            <translation>响应圈(&amp;B)（分钟）</translation>
        </message>
        <message>
            <source>&amp;Detour factor</source>
            <translation>绕行系数(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Walk-in distance</source>
            <translation>步行接入距离(&amp;W)</translation>
        </message>
        <message>
            <source>Speed of a &amp;proposed platform</source>
            <translation>新增平台行驶速度(&amp;P)</translation>
        </message>
        <message>
            <source>The bands must be minutes separated by commas, such as 1, 3, 5.</source>
            <translation>响应圈须为以逗号分隔的分钟数，如 1, 3, 5。</translation>
        </message>
    </context>
    <context>
        <name>CoverageTableModel</name>
        <message>
            <source>All townships</source>
            <translation>全部乡镇（街道）</translation>
        </message>
        <message>
            <source>(no township)</source>
            <translation>（无所属乡镇）</translation>
        </message>
        <message>
            <source>%1 residents in %2 grids</source>
            <translation>%2 个网格，%1 名居民</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>网格数</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民数</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>%1 min now</source>
            <translation>现在 %1 分钟</translation>
        </message>
        <message>
            <source>%1 min with proposed</source>
            <translation>新增后 %1 分钟</translation>
        </message>
        <message>
            <source>Residents gained</source>
            <translation>增加覆盖居民</translation>
        </message>
    </context>
    <context>
        <name>CsvRows</name>
        <message>
            <source>column '%1' is not known (the columns are: %2)</source>
            <translation>列“%1”无法识别（可用的列：%2）</translation>
        </message>
        <message>
            <source>column '%1' appears twice</source>
            <translation>列“%1”重复出现</translation>
        </message>
        <message>
            <source>column '%1' (%2) is missing</source>
            <translation>缺少列“%1”（%2）</translation>
        </message>
        <message>
            <source>field '%1': %2</source>
            <translation>字段“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>CsvTable</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
        <message>
            <source>%1:%2: this row has %3 fields but the header has %4</source>
            <translation>%1:%2：该行有 %3 个字段，而表头有 %4 个</translation>
        </message>
        <message>
            <source>%1:%2: a quoted field starts here and is never closed</source>
            <translation>%1:%2：此处开始的带引号字段没有结束</translation>
        </message>
        <message>
            <source>%1: the file is empty (a header row is expected)</source>
            <translation>%1：文件为空（应有表头行）</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the disk is full, or the database has reached its size limit: nothing was saved (%1)</source>
            <translation>磁盘已满，或数据库已达到大小上限：未保存任何内容（%1）</translation>
        </message>
        <message>
            <source>%1: %2 needs a SQLite store; on PostgreSQL it is not available yet</source>
            <translation>%1：%2需要 SQLite 数据库文件，在 PostgreSQL 数据库上暂不可用</translation>
        </message>
        <message>
            <source>this task</source>
            <translation>此项操作</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>due today</source>
            <translation>今日到期</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>剩余 %n 个工作日</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超期</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n working day(s)</source>
            <translation>
                <numerusform>超期 %n 个工作日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinePolicy</name>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>复杂</translation>
        </message>
        <message>
            <source>Major or difficult</source>
            <translation>重大疑难</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translation>任意难度</translation>
        </message>
    </context>
    <context>
        <name>DeadlinePolicyDialog</name>
        <message>
            <source>Any category</source>
            <translation>任意类型</translation>
        </message>
        <message>
            <source>Any level</source>
            <translation>任意层级</translation>
        </message>
        <message>
            <source>Deadline policy</source>
            <translation>办理期限规则</translation>
        </message>
        <message>
            <source>Working days a dispute gets from acceptance. The most specific rule that matches a dispute decides; of equally specific rules, the later one. Disputes no rule matches get the default for their complexity (general 7, complex 15, major 30).</source>
            <translation>纠纷自受理起的办理期限（工作日）。与纠纷匹配的规则中，条件最具体的一条生效；同样具体的，以后一条为准。没有规则匹配的纠纷按难度取默认值（一般 7、复杂 15、重大疑难 30 个工作日）。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>纠纷类型</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>难易程度</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>&amp;Add rule</source>
            <translation>添加规则(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove rule</source>
            <translation>删除规则(&amp;R)</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>恢复默认(&amp;D)</translation>
        </message>
        <message>
            <source>Rule %1 is not valid: %2</source>
            <translation>第 %1 条规则有误：%2</translation>
        </message>
        <message>
            <source>Rules %1 and %2 apply to the same disputes; change or remove one of them.</source>
            <translation>第 %1 条与第 %2 条规则适用于同样的纠纷，请修改或删除其中一条。</translation>
        </message>
    </context>
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
        <message>
            <source>Indexing dispute texts for search</source>
            <translation>建立纠纷全文检索索引</translation>
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
        <message>
            <source>Litigation</source>
            <translation>诉讼</translation>
        </message>
        <message>
            <source>Arbitration</source>
            <translation>仲裁</translation>
        </message>
        <message>
            <source>Petition</source>
            <translation>信访</translation>
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
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>复杂</translation>
        </message>
        <message>
            <source>Major or difficult</source>
            <translation>重大疑难</translation>
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
        <name>DisputeActionDialog</name>
        <message>
            <source>County</source>
            <translation>县</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村/社区</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %n open case(s))</source>
            <translation>
                <numerusform>%1（%2，在办 %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Mediation &amp;body</source>
            <translation>调解组织(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Mediator</source>
            <translation>调解员(&amp;M)</translation>
        </message>
        <message>
            <source>Refer &amp;to</source>
            <translation>转往(&amp;T)</translation>
        </message>
        <message>
            <source>Party's &amp;satisfaction</source>
            <translation>当事人满意度(&amp;S)</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <source>Extend &amp;by</source>
            <translation>延长(&amp;B)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <source>No mediation body serves this grid's village, township or county.</source>
            <translation>该网格所在村、乡镇和县均无调解组织。</translation>
        </message>
        <message>
            <source>Assign the least busy</source>
            <translation>指派在办案件最少的调解员</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n open case(s))</source>
            <translation>
                <numerusform>%1（在办 %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Required: %1</source>
            <translation>必填：%1</translation>
        </message>
    </context>
    <context>
        <name>DisputeActionHandler</name>
        <message>
            <source>Not done: %1</source>
            <translation>未完成：%1</translation>
        </message>
    </context>
    <context>
        <name>DisputeCommands</name>
        <message>
            <source>no grid with code %1</source>
            <translation>没有代码为 %1 的网格</translation>
        </message>
        <message>
            <source>%1 is not a grid</source>
            <translation>%1 不是网格</translation>
        </message>
        <message>
            <source>%1 needs the role %2; %3 is %4</source>
            <translation>“%1”需要角色：%2；%3 的角色是%4</translation>
        </message>
        <message>
            <source>A dispute is reported by registering it, not by an action</source>
            <translation>纠纷通过登记录入，而不是通过办理操作</translation>
        </message>
        <message>
            <source>There is no dispute %1</source>
            <translation>没有纠纷 %1</translation>
        </message>
        <message>
            <source>The dispute has an unknown status '%1'</source>
            <translation>纠纷状态“%1”无法识别</translation>
        </message>
        <message>
            <source>The dispute was changed by someone else meanwhile; look at it again</source>
            <translation>该纠纷已被他人修改，请重新查看</translation>
        </message>
        <message>
            <source>The time %1 is before the dispute's last recorded event (%2)</source>
            <translation>时间 %1 早于该纠纷最后一条记录（%2）</translation>
        </message>
        <message>
            <source>There is no mediation body %1</source>
            <translation>没有调解组织 %1</translation>
        </message>
        <message>
            <source>%1 is not a mediator of %2</source>
            <translation>%1 不是%2的调解员</translation>
        </message>
        <message>
            <source>The mediation body has no mediator to assign</source>
            <translation>该调解组织没有可指派的调解员</translation>
        </message>
        <message>
            <source>%1 is not a mediator of the dispute's mediation body</source>
            <translation>%1 不是该纠纷所属调解组织的调解员</translation>
        </message>
        <message>
            <source>similar title in the same grid (%1%)</source>
            <translation>同一网格内标题相似（%1%）</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>same party: %1 (same %2)</source>
            <translation>同一当事人：%1（%2相同）</translation>
        </message>
        <message>
            <source>The dispute was changed by %1 at %2 after you opened it; look at it again</source>
            <translation>该纠纷已被 %1 于 %2 修改（在您打开之后），请重新查看后再操作</translation>
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
        <message>
            <source>Show full numbers</source>
            <translation>显示完整号码</translation>
        </message>
        <message>
            <source>Show the parties' full ID numbers and phones (asks for a reason, which is audited)</source>
            <translation>显示当事人的完整身份证号和电话（需说明理由，并记入审计日志）</translation>
        </message>
    </context>
    <context>
        <name>DisputeFilterBar</name>
        <message>
            <source>All categories</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <source>Reported from</source>
            <translation>登记起</translation>
        </message>
        <message>
            <source>Reported until</source>
            <translation>登记止</translation>
        </message>
        <message>
            <source>Reported on or after this day</source>
            <translation>此日及以后登记</translation>
        </message>
        <message>
            <source>Reported on or before this day</source>
            <translation>此日及以前登记</translation>
        </message>
        <message>
            <source>Search titles, facts and parties</source>
            <translation>搜索标题、案情和当事人</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Show every dispute of the queue again</source>
            <translation>重新显示该队列的全部纠纷</translation>
        </message>
    </context>
    <context>
        <name>DisputeIntakeDialog</name>
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
            <source>Register a dispute</source>
            <translation>纠纷登记</translation>
        </message>
        <message>
            <source>What the dispute is about, in a few words</source>
            <translation>简要说明纠纷事由</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>输入以搜索</translation>
        </message>
        <message>
            <source>Choose how the case came in</source>
            <translation>选择纠纷来源</translation>
        </message>
        <message>
            <source>Grid name or code; or pick it in the region tree or on the map</source>
            <translation>网格名称或代码；也可在区划树或地图上点选</translation>
        </message>
        <message>
            <source>Ma&amp;jor dispute</source>
            <translation>重大矛盾(&amp;J)</translation>
        </message>
        <message>
            <source>Goes on the major-dispute list (重大矛盾)</source>
            <translation>列入重大矛盾纠纷清单</translation>
        </message>
        <message>
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <source>The amount in dispute, if any</source>
            <translation>争议金额（如有）</translation>
        </message>
        <message>
            <source>When the dispute was reported. Left as it is, the time of saving is taken.</source>
            <translation>纠纷登记时间；不修改则取保存时的时间。</translation>
        </message>
        <message>
            <source>Facts, what the parties ask for</source>
            <translation>案情经过与当事人诉求</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>&amp;Add party</source>
            <translation>添加当事人(&amp;A)</translation>
        </message>
        <message>
            <source>Add a party (%1)</source>
            <translation>添加当事人（%1）</translation>
        </message>
        <message>
            <source>Remo&amp;ve party</source>
            <translation>删除当事人(&amp;V)</translation>
        </message>
        <message>
            <source>Remove the party last edited</source>
            <translation>删除最近编辑的当事人</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Register the dispute (%1)</source>
            <translation>登记该纠纷（%1）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>类型(&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>来源(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation>网格(&amp;G)</translation>
        </message>
        <message>
            <source>A&amp;mount</source>
            <translation>金额(&amp;M)</translation>
        </message>
        <message>
            <source>Comple&amp;xity</source>
            <translation>难度(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Reported at</source>
            <translation>登记时间(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>案情(&amp;U)</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>18 characters, optional</source>
            <translation>18 位，选填</translation>
        </message>
        <message>
            <source>Mobile or landline</source>
            <translation>手机或固定电话</translation>
        </message>
        <message>
            <source>Party %1</source>
            <translation>当事人 %1</translation>
        </message>
        <message>
            <source>choose a category (type part of its name)</source>
            <translation>请选择类型（可输入名称中的字）</translation>
        </message>
        <message>
            <source>choose how the case came in</source>
            <translation>请选择来源</translation>
        </message>
        <message>
            <source>no grid matches "%1"; pick one from the list</source>
            <translation>没有与“%1”匹配的网格，请从列表中选择</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>纠纷名称</translation>
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
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>难易程度</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>涉及金额</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>案情</translation>
        </message>
        <message>
            <source>Party %1 name</source>
            <translation>当事人 %1 姓名</translation>
        </message>
        <message>
            <source>Party %1 ID number</source>
            <translation>当事人 %1 身份证号</translation>
        </message>
        <message>
            <source>Party %1 phone</source>
            <translation>当事人 %1 电话</translation>
        </message>
        <message>
            <source>Party %1 role</source>
            <translation>当事人 %1 身份</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>To fill in or correct: %1</source>
            <translation>待填写或更正：%1</translation>
        </message>
        <message>
            <source>No grids are known: import or generate the county's regions first</source>
            <translation>尚无网格数据：请先导入或生成本县区划</translation>
        </message>
        <message>
            <source>Type part of a grid's name or code and pick it from the list</source>
            <translation>输入网格名称或代码的一部分，并从列表中选择</translation>
        </message>
        <message>
            <source>%1 (code %2)</source>
            <translation>%1（代码 %2）</translation>
        </message>
        <message>
            <source>Could not look for duplicates: %1</source>
            <translation>无法查重：%1</translation>
        </message>
        <message numerus="yes">
            <source>Possibly registered already (last %n day(s)):</source>
            <translation>
                <numerusform>可能已登记（近 %n 天）：</numerusform>
            </translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>可能重复登记</translation>
        </message>
        <message>
            <source>This dispute may be registered already:

%1

Register it anyway?</source>
            <translation>该纠纷可能已经登记：

%1

仍要登记吗？</translation>
        </message>
        <message>
            <source>Register anyway</source>
            <translation>仍然登记</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n problem(s) to correct</source>
            <translation>
                <numerusform>未保存：%n 处需更正</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered %1</source>
            <translation>已登记 %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Not saved: the database failed (%1)</source>
            <translation>未保存：数据库出错（%1）</translation>
        </message>
    </context>
    <context>
        <name>DisputeIntakeRules</name>
        <message>
            <source>a party needs a name</source>
            <translation>当事人须填写姓名</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>须为以下之一：%1</translation>
        </message>
        <message>
            <source>a title is required</source>
            <translation>须填写标题</translation>
        </message>
        <message>
            <source>at most 200 characters</source>
            <translation>最多 200 个字</translation>
        </message>
        <message>
            <source>at most 5,000 characters</source>
            <translation>最多 5000 个字</translation>
        </message>
        <message>
            <source>unknown category '%1'</source>
            <translation>未知类型“%1”</translation>
        </message>
        <message>
            <source>unknown source '%1'</source>
            <translation>未知来源“%1”</translation>
        </message>
        <message>
            <source>the grid is required</source>
            <translation>须选择网格</translation>
        </message>
        <message>
            <source>'%1' is not a grid code (15 digits)</source>
            <translation>“%1”不是网格代码（15 位）</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>lies in the future</source>
            <translation>晚于当前时间</translation>
        </message>
        <message>
            <source>unknown field (known: %1)</source>
            <translation>未知字段（可用：%1）</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>须为文本</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>须为 true 或 false</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>须为数字</translation>
        </message>
        <message>
            <source>not an ISO 8601 time: %1</source>
            <translation>不是 ISO 8601 时间：%1</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>须为列表</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>须为对象</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>未知字段</translation>
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
        <message>
            <source>To accept</source>
            <translation>待受理</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>临期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
        </message>
        <message>
            <source>Awaiting follow-up</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Escalated to county</source>
            <translation>上交县级</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Reported and not yet accepted</source>
            <translation>已登记尚未受理</translation>
        </message>
        <message>
            <source>Open cases you accepted</source>
            <translation>我受理的在办案件</translation>
        </message>
        <message>
            <source>Deadline running, due within 3 working days</source>
            <translation>办理期限 3 个工作日内到期</translation>
        </message>
        <message>
            <source>Deadline running and already passed</source>
            <translation>已超过办理期限</translation>
        </message>
        <message>
            <source>Open major disputes</source>
            <translation>在办重大矛盾纠纷</translation>
        </message>
        <message>
            <source>Resolved, failed or referred: the follow-up visit is next</source>
            <translation>已调结、调解不成或已转办，待回访</translation>
        </message>
        <message>
            <source>Open cases escalated up to the county</source>
            <translation>上交县级的在办案件</translation>
        </message>
        <message>
            <source>Every dispute</source>
            <translation>全部纠纷</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>统计中…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>queue name and its count</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Major disputes</source>
            <translation>重大矛盾</translation>
        </message>
    </context>
    <context>
        <name>DisputeQueueModel</name>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
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
        <message numerus="yes">
            <source>Due within %n working day(s)</source>
            <translation>
                <numerusform>%n 个工作日内到期</numerusform>
            </translation>
        </message>
        <message>
            <source>Level</source>
            <translation>办理层级</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>DisputeStats</name>
        <message>
            <source>New</source>
            <translation>新登记</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已受理</translation>
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
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Success rate</source>
            <translation>调解成功率</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>上交</translation>
        </message>
        <message>
            <source>Share resolved at village level</source>
            <translation>村级化解占比</translation>
        </message>
        <message>
            <source>Share resolved at township level</source>
            <translation>乡镇级化解占比</translation>
        </message>
        <message>
            <source>Share resolved at county level</source>
            <translation>县级化解占比</translation>
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
        <message>
            <source>Record a session</source>
            <translation>调解记录</translation>
        </message>
        <message>
            <source>Extend deadline</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>%1 is not possible while the dispute is %2; possible now: %3</source>
            <translation>纠纷处于“%2”状态，不能“%1”；当前可办理：%3</translation>
        </message>
        <message>
            <source>%1 needs the role %2; %3 is %4</source>
            <translation>“%1”需要角色：%2；%3 的角色是%4</translation>
        </message>
        <message>
            <source>%1 needs a note: %2</source>
            <translation>“%1”须填写%2</translation>
        </message>
        <message>
            <source>%1 needs a mediation body</source>
            <translation>“%1”须选择调解组织</translation>
        </message>
        <message>
            <source>%1 needs where the case goes: one of %2</source>
            <translation>“%1”须注明转往何处：%2 之一</translation>
        </message>
        <message>
            <source>%1 needs the party's satisfaction: one of %2</source>
            <translation>“%1”须记录当事人满意度：%2 之一</translation>
        </message>
        <message>
            <source>%1 needs a number of working days from 1 to 90</source>
            <translation>“%1”须填写 1 至 90 个工作日</translation>
        </message>
        <message>
            <source>The dispute is already handled at county level and cannot be escalated further</source>
            <translation>该纠纷已在县级办理，不能再上交</translation>
        </message>
        <message>
            <source>the agreement reached</source>
            <translation>达成的调解协议</translation>
        </message>
        <message>
            <source>what happened in the session</source>
            <translation>本次调解情况</translation>
        </message>
        <message>
            <source>the comment</source>
            <translation>备注内容</translation>
        </message>
        <message>
            <source>the reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Create the system administrator</source>
            <translation>创建系统管理员</translation>
        </message>
        <message>
            <source>This database has no user accounts yet. Create the system administrator's account now; the administrator then adds the other accounts. Until then everybody at this desk may do everything.</source>
            <translation>本数据库还没有用户账户。请现在创建系统管理员账户，再由管理员添加其他账户。在此之前，本机任何人都可进行所有操作。</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>Choose a login.</source>
            <translation>请选择登录名。</translation>
        </message>
        <message>
            <source>Enter the administrator's name.</source>
            <translation>请输入管理员姓名。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>The password meets the policy.</source>
            <translation>密码符合密码策略。</translation>
        </message>
    </context>
    <context>
        <name>GeoImport</name>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>…另有 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>要素 %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>…另有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>(no fields)</source>
            <translation>（无字段）</translation>
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (%4); its fields are: %5</source>
            <translation>%1：图层“%2”中没有字段“%3”（%4）；该图层的字段有：%5</translation>
        </message>
        <message>
            <source>%1: layer '%2' has no %3 field that is known by name; give it with %4. Its fields are: %5</source>
            <translation>%1：图层“%2”中没有能按字段名识别的%3字段，请用 %4 指定。该图层的字段有：%5</translation>
        </message>
        <message>
            <source>code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>%1: a county has no parent region; leave out the parent option</source>
            <translation>%1：县级区划没有上级区划，请不要指定上级区划选项</translation>
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (parent code); its fields are: %4</source>
            <translation>%1：图层“%2”中没有字段“%3”（上级区划代码）；该图层的字段有：%4</translation>
        </message>
        <message>
            <source>%1: parent '%2' is not a division code</source>
            <translation>%1：上级区划“%2”不是有效的区划代码</translation>
        </message>
        <message>
            <source>%1: field '%2' is empty</source>
            <translation>%1：字段“%2”为空</translation>
        </message>
        <message>
            <source>%1: field '%2' holds '%3', which is not a division code (12 digits, 15 for a grid; a 6-digit county or 9-digit township code is padded)</source>
            <translation>%1：字段“%2”的值“%3”不是区划代码（应为 12 位，网格为 15 位；6 位县级或 9 位乡镇级代码会自动补足）</translation>
        </message>
        <message>
            <source>%1: field '%2' (name) is empty</source>
            <translation>%1：字段“%2”（名称）为空</translation>
        </message>
        <message>
            <source>%1: field '%2' holds '%3', which is not a parent's division code</source>
            <translation>%1：字段“%2”的值“%3”不是上级区划代码</translation>
        </message>
        <message>
            <source>%1: parent %2 differs from %3 given by another part of %4</source>
            <translation>%1：上级区划 %2 与区划 %4 另一部分给出的 %3 不一致</translation>
        </message>
        <message>
            <source>%1 (%2): no geometry; skipped</source>
            <translation>%1（%2）：没有几何图形，已跳过</translation>
        </message>
        <message>
            <source>%1: the file declares no CRS (no .prj or crs member) and its coordinates such as %2 are projected, not longitude/latitude; give the CRS with --source-crs EPSG:N (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, CM 114E)</source>
            <translation>%1：文件未声明坐标系（没有 .prj 文件或 crs 成员），且其坐标（如 %2）是投影坐标而非经纬度；请用 --source-crs EPSG:N 指定坐标系（例如 EPSG:4547，即 CGCS2000 高斯-克吕格 3 度带，中央经线 114°E）</translation>
        </message>
        <message>
            <source>%1: coordinates such as %2 are not longitude/latitude, but the file is read as %3 (GeoJSON without a crs member counts as longitude/latitude); give the real CRS with --source-crs EPSG:N</source>
            <translation>%1：坐标（如 %2）不是经纬度，但文件按 %3 读取（没有 crs 成员的 GeoJSON 视为经纬度）；请用 --source-crs EPSG:N 指定实际坐标系</translation>
        </message>
        <message>
            <source>%1: cannot transform to longitude/latitude: %2</source>
            <translation>%1：无法转换为经纬度：%2</translation>
        </message>
        <message>
            <source>%1 (%2): a %3, not an area; skipped</source>
            <translation>%1（%2）：是 %3，不是面要素，已跳过</translation>
        </message>
        <message>
            <source>%1 (%2): nothing left after repair; skipped</source>
            <translation>%1（%2）：修复后没有剩余图形，已跳过</translation>
        </message>
        <message>
            <source>%1: name '%2' differs from '%3'; the first is kept</source>
            <translation>%1：名称“%2”与“%3”不一致，保留前者</translation>
        </message>
        <message>
            <source>%1: layer '%2' holds no features</source>
            <translation>%1：图层“%2”中没有要素</translation>
        </message>
        <message>
            <source>%1: no feature matches '%2'</source>
            <translation>%1：没有要素符合“%2”</translation>
        </message>
        <message>
            <source>%1: no feature has an area to import</source>
            <translation>%1：没有可导入的面要素</translation>
        </message>
        <message>
            <source>%1: the store holds no %2 to place the features in; import the %2 first or give --parent</source>
            <translation>%1：数据库中没有可容纳这些要素的 %2 级区划；请先导入 %2 级区划，或用 --parent 指定上级区划</translation>
        </message>
        <message>
            <source>parts merged: %1</source>
            <translation>已合并多个部分：%1</translation>
        </message>
        <message>
            <source>%1: code %2 is a %3 code, not a %4 code</source>
            <translation>%1：代码 %2 是 %3 级代码，不是 %4 级代码</translation>
        </message>
        <message>
            <source>%1: lies outside every %2 in the store</source>
            <translation>%1：不在数据库中任何 %2 级区划范围内</translation>
        </message>
        <message>
            <source>%1% inside parent %2</source>
            <translation>%1% 位于上级区划 %2 内</translation>
        </message>
        <message>
            <source>%1: parent %2 is not a %3 in the store; the store has: %4</source>
            <translation>%1：上级区划 %2 不是数据库中的 %3 级区划；数据库中有：%4</translation>
        </message>
        <message>
            <source>%1: code %2 does not begin with the first %3 digits of its parent %4</source>
            <translation>%1：代码 %2 的开头与上级区划 %4 的前 %3 位不一致</translation>
        </message>
        <message>
            <source>%1: code %2 is already used by %3 '%4'; a code names one region</source>
            <translation>%1：代码 %2 已被 %3 级区划“%4”使用；一个代码只能对应一个区划</translation>
        </message>
        <message>
            <source>%1: code %2 is already used by '%3' under parent %4, not %5</source>
            <translation>%1：代码 %2 已被上级区划 %4（而非 %5）下的“%3”使用</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>%1: code %2 is also in %3; give the parts of a region in one file</source>
            <translation>%1：代码 %2 也出现在 %3 中；同一区划的各部分须放在同一个文件中</translation>
        </message>
        <message>
            <source>the reading was cancelled; nothing was written</source>
            <translation>读取已取消，未写入任何数据</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s); nothing was written</source>
            <translation>
                <numerusform>%1：%n 个问题，未写入任何数据</numerusform>
            </translation>
        </message>
        <message>
            <source>the database is open read-only; nothing was written</source>
            <translation>数据库以只读方式打开，未写入任何数据</translation>
        </message>
        <message>
            <source>cancelled; nothing was written</source>
            <translation>已取消，未写入任何数据</translation>
        </message>
        <message>
            <source>code %1 is now used by '%2' (%3, parent %4); nothing was written</source>
            <translation>代码 %1 现已被“%2”（%3 级，上级区划 %4）使用，未写入任何数据</translation>
        </message>
        <message>
            <source>parent %1 of %2 is no longer a %3 in the store; nothing was written</source>
            <translation>%2 的上级区划 %1 已不是数据库中的 %3 级区划，未写入任何数据</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 个点</numerusform>
            </translation>
        </message>
        <message>
            <source>no area</source>
            <translation>面积为零</translation>
        </message>
        <message>
            <source>part %1: dropped its outline (%2)</source>
            <translation>第 %1 部分：已舍弃其外边界（%2）</translation>
        </message>
        <message numerus="yes">
            <source>part %1: dropped its outline (%2) and %n hole(s)</source>
            <translation>
                <numerusform>第 %1 部分：已舍弃其外边界（%2）及 %n 个内洞</numerusform>
            </translation>
        </message>
        <message>
            <source>part %1: dropped hole %2 (%3)</source>
            <translation>第 %1 部分：已舍弃第 %2 个内洞（%3）</translation>
        </message>
        <message>
            <source>rebuilt with buffer(0): %1</source>
            <translation>已用 buffer(0) 重建：%1</translation>
        </message>
        <message>
            <source>made valid: %1</source>
            <translation>已修复为有效图形：%1</translation>
        </message>
        <message>
            <source>county</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>township</source>
            <translation>乡镇级</translation>
        </message>
        <message>
            <source>village</source>
            <translation>村（社区）级</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>网格级</translation>
        </message>
    </context>
    <context>
        <name>GeoImportDialog</name>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>有变化</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>Import boundaries</source>
            <translation>导入边界</translation>
        </message>
        <message>
            <source>Shapefile, GeoJSON, GeoPackage or KML</source>
            <translation>Shapefile、GeoJSON、GeoPackage 或 KML 文件</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>By location (the region that holds most of the area)</source>
            <translation>按位置（取覆盖其大部分面积的区划）</translation>
        </message>
        <message>
            <source>One region for all features</source>
            <translation>全部要素归入同一区划</translation>
        </message>
        <message>
            <source>From a field</source>
            <translation>从字段读取</translation>
        </message>
        <message>
            <source>Parent code, e.g. 610104000000</source>
            <translation>上级区划代码，例如 610104000000</translation>
        </message>
        <message>
            <source>As the file declares (e.g. EPSG:4547)</source>
            <translation>按文件声明（例如 EPSG:4547）</translation>
        </message>
        <message>
            <source>Coordinates are GCJ-02 (web map): convert to WGS84</source>
            <translation>坐标为火星坐标（GCJ-02，网络地图）：转换为 WGS84</translation>
        </message>
        <message>
            <source>Optional OGR SQL filter, e.g. adcode = 610104</source>
            <translation>可选的 OGR SQL 筛选条件，例如 adcode = 610104</translation>
        </message>
        <message>
            <source>Read and check</source>
            <translation>读取并检查</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>区划代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>上级区划</translation>
        </message>
        <message>
            <source>Area (km²)</source>
            <translation>面积（平方公里）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Problems and repairs found in the file are listed here.</source>
            <translation>文件中发现的问题和修复情况将在此列出。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Name field:</source>
            <translation>名称字段：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>图层：</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>区划层级：</translation>
        </message>
        <message>
            <source>Code field:</source>
            <translation>代码字段：</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>上级区划：</translation>
        </message>
        <message>
            <source>Source CRS:</source>
            <translation>源坐标系：</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>筛选条件：</translation>
        </message>
        <message>
            <source>Boundary file</source>
            <translation>边界文件</translation>
        </message>
        <message>
            <source>GIS files (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;All files (*)</source>
            <translation>GIS 文件 (*.shp *.geojson *.json *.gpkg *.kml *.kmz);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Choose the level and fields, then read and check the file.</source>
            <translation>请选择区划层级和字段，然后读取并检查文件。</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s): choose one, the level and fields, then read and check.</source>
            <translation>
                <numerusform>共 %n 个图层：请选择图层、区划层级和字段，然后读取并检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>The file declares none: give one for projected coordinates</source>
            <translation>文件未声明坐标系：投影坐标须指定坐标系</translation>
        </message>
        <message>
            <source>As the file declares: %1</source>
            <translation>按文件声明：%1</translation>
        </message>
        <message>
            <source>The options changed: read and check the file again before importing.</source>
            <translation>选项已更改：导入前请重新读取并检查文件。</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>请先选择文件。</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation>已取消读取。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found: nothing can be imported until they are fixed.</source>
            <translation>
                <numerusform>发现 %n 个问题：全部改正后才能导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 region(s) read: %2 new, %3 changed, %4 unchanged; %5 feature(s) repaired, %6 skipped.</source>
            <translation>已读取 %1 个区划：新增 %2 个，有变化 %3 个，无变化 %4 个；修复要素 %5 个，跳过 %6 个。</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s)</source>
            <translation>
                <numerusform>%n 个部分</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>Repaired or skipped: %1</source>
            <translation>已修复或跳过：%1</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n region(s)…</source>
            <translation>
                <numerusform>正在导入 %n 个区划…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>Import failed; nothing was written: %1</source>
            <translation>导入失败，未写入任何数据：%1</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 updated, %3 unchanged; %4 feature(s) repaired, %5 skipped.</source>
            <translation>导入完成：新增 %1 个，更新 %2 个，无变化 %3 个；修复要素 %4 个，跳过 %5 个。</translation>
        </message>
    </context>
    <context>
        <name>IdCard</name>
        <message>
            <source>an identity number has 18 characters, this one has %1</source>
            <translation>身份证号应为 18 位，此号码为 %1 位</translation>
        </message>
        <message>
            <source>the first 17 characters must be digits</source>
            <translation>前 17 位须为数字</translation>
        </message>
        <message>
            <source>the last character must be a digit or X</source>
            <translation>最后一位须为数字或 X</translation>
        </message>
        <message>
            <source>characters 7 to 14 are not a birth date (%1)</source>
            <translation>第 7 至 14 位不是有效出生日期（%1）</translation>
        </message>
        <message>
            <source>the check character is %1 but should be %2 — a digit is mistyped</source>
            <translation>校验位为 %1，应为 %2，号码有误</translation>
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
        <message>
            <source>&amp;Register a dispute…</source>
            <translation>纠纷登记(&amp;R)…</translation>
        </message>
        <message>
            <source>Register a new dispute (登记); pick its grid in the tree or on the map</source>
            <translation>登记一件新纠纷；可在区划树或地图上选择网格</translation>
        </message>
        <message>
            <source>&amp;Deadline rules…</source>
            <translation>办理期限规则(&amp;D)…</translation>
        </message>
        <message>
            <source>Working days a dispute gets, by category, complexity and handling level</source>
            <translation>按类型、难度和办理层级设置纠纷办理期限（工作日）</translation>
        </message>
        <message>
            <source>&amp;Disputes</source>
            <translation>纠纷(&amp;D)</translation>
        </message>
        <message>
            <source>Register a dispute</source>
            <translation>纠纷登记</translation>
        </message>
        <message>
            <source>Registered %1</source>
            <translation>已登记 %1</translation>
        </message>
        <message>
            <source>Deadline rules saved; they apply to disputes accepted from now on</source>
            <translation>办理期限规则已保存，对此后受理的纠纷生效</translation>
        </message>
        <message>
            <source>Deadline rules</source>
            <translation>办理期限规则</translation>
        </message>
        <message>
            <source>&amp;Import boundaries…</source>
            <translation>导入边界(&amp;I)…</translation>
        </message>
        <message>
            <source>Import county, township, village or grid outlines from a shapefile, GeoJSON, GeoPackage or KML</source>
            <translation>从 Shapefile、GeoJSON、GeoPackage 或 KML 文件导入县、乡镇（街道）、村（社区）或网格边界</translation>
        </message>
        <message>
            <source>No region outlines in this database</source>
            <translation>该数据库中没有区划边界</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>区划代码：%1</translation>
        </message>
        <message>
            <source>Grid worker: %1</source>
            <translation>网格员：%1</translation>
        </message>
        <message>
            <source>Population: %1 (%2 households)</source>
            <translation>人口：%1（%2 户）</translation>
        </message>
        <message>
            <source>Open disputes: %1 · overdue %2 · last 30 days %3</source>
            <translation>在办纠纷：%1 · 超期 %2 · 近 30 天 %3</translation>
        </message>
        <message>
            <source>Export the map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <source>map.png</source>
            <translation>地图.png</translation>
        </message>
        <message>
            <source>PNG image, 300 dpi (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图像，300 dpi (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Map saved to %1</source>
            <translation>地图已保存到 %1</translation>
        </message>
        <message>
            <source>The response times could not be read:
%1</source>
            <translation>无法读取出警响应时间：
%1</translation>
        </message>
        <message>
            <source>&amp;Go to panel</source>
            <translation>转到面板(&amp;G)</translation>
        </message>
        <message>
            <source>Import &amp;survey responses…</source>
            <translation>导入问卷(&amp;S)…</translation>
        </message>
        <message>
            <source>Import a wave of the public safety survey (一感两度两率) from CSV or XLSX</source>
            <translation>从 CSV 或 XLSX 文件导入一个批次的一感两度两率调查问卷</translation>
        </message>
        <message>
            <source>Survey s&amp;coring scheme…</source>
            <translation>测评方案(&amp;C)…</translation>
        </message>
        <message>
            <source>Which survey answers count as positive, or what each answer weighs</source>
            <translation>设置哪些答案计为正向回答，或各答案的分值</translation>
        </message>
        <message>
            <source>&amp;Monthly report…</source>
            <translation>月报(&amp;M)…</translation>
        </message>
        <message>
            <source>The monthly report (月报) of the county or a township: preview, print, PDF, Excel</source>
            <translation>全县或乡镇综治月报：预览、打印、导出 PDF 和 Excel</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>Scheduled backups, a backup now, or a restore</source>
            <translation>定时备份、立即备份或从备份恢复</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>修改密码(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Lock the desk until your password is entered again</source>
            <translation>锁定本机，重新输入密码后才能继续</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>注销(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;User accounts…</source>
            <translation>用户账户(&amp;U)…</translation>
        </message>
        <message>
            <source>Add accounts, lock and unlock them, reset passwords</source>
            <translation>添加账户、锁定和解锁账户、重置密码</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>审计日志(&amp;A)</translation>
        </message>
        <message>
            <source>Read and verify the audit log</source>
            <translation>查阅并校验审计日志</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <source>This account may not restore backups</source>
            <translation>此账户无权从备份恢复</translation>
        </message>
        <message>
            <source>Made %1 by %2 (schema %3, audit log up to entry %4).</source>
            <translation>%1 由 %2 制作（结构版本 %3，审计日志至第 %4 条）。</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>The database is damaged and open read-only. Restore the newest backup (%1)? The damaged file is kept beside it.</source>
            <translation>数据库已损坏，以只读方式打开。要恢复最近的备份（%1）吗？损坏的文件会保留在旁边。</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>已登录：%1</translation>
        </message>
        <message>
            <source>Nobody is signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <source>This database has no user accounts: everybody may do everything</source>
            <translation>本数据库没有用户账户：任何人都可进行所有操作</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Nobody is signed in&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;未登录&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This account does not see disputes, parties or statistics. Its duties:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;They are in the Account and File menus.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;此账户不查看纠纷、当事人或统计数据。其职责：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;相关功能在“账户”和“文件”菜单中。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>This dispute lies outside your township</source>
            <translation>该纠纷不在您的辖区内</translation>
        </message>
        <message>
            <source>S&amp;ync conflicts…</source>
            <translation>同步冲突(&amp;Y)…</translation>
        </message>
        <message>
            <source>Records changed both here and on another node: keep one version or merge them</source>
            <translation>在本节点和其他节点都被修改过的记录：保留一方的版本或按字段合并</translation>
        </message>
        <message>
            <source>Show the sync conflicts</source>
            <translation>查看同步冲突</translation>
        </message>
        <message numerus="yes">
            <source>%n sync conflict(s) to resolve</source>
            <translation>
                <numerusform>%n 个同步冲突待处理</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: the database is open read-only, so conflicts cannot be resolved.</source>
            <translation>只读：数据库以只读方式打开，无法处理冲突。</translation>
        </message>
        <message>
            <source>Read-only: this record belongs to the whole county; a county account resolves it.</source>
            <translation>只读：此记录属于全县，须由县级账户处理。</translation>
        </message>
        <message>
            <source>Read-only: resolving a sync conflict needs an account that handles disputes and exchanges sync packages (a supervisor, or a township clerk within its township).</source>
            <translation>只读：处理同步冲突需要既能办理纠纷、又能交换同步数据包的账户（值班长，或本乡镇内的乡镇专干）。</translation>
        </message>
        <message>
            <source>&amp;Export sync package…</source>
            <translation>导出同步包(&amp;E)…</translation>
        </message>
        <message>
            <source>Write the changes a trusted node has not received yet into a signed package</source>
            <translation>将受信任节点尚未收到的变更写入一个签名的同步包</translation>
        </message>
        <message>
            <source>&amp;Import sync package…</source>
            <translation>导入同步包(&amp;I)…</translation>
        </message>
        <message>
            <source>Check and apply a package from a trusted node</source>
            <translation>校验并导入来自受信任节点的同步包</translation>
        </message>
        <message>
            <source>Sy&amp;nc</source>
            <translation>同步(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Node and pairing…</source>
            <translation>节点与配对(&amp;N)…</translation>
        </message>
        <message>
            <source>This sync node, the nodes it trusts, and pairing</source>
            <translation>本同步节点、受信任的节点及配对</translation>
        </message>
        <message>
            <source>Disputes were changed at another workstation; the lists show the change</source>
            <translation>其他工作站修改了纠纷，列表已更新</translation>
        </message>
    </context>
    <context>
        <name>MapColouring</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>MapDock</name>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>What colours the map</source>
            <translation>专题图设色指标</translation>
        </message>
        <message>
            <source>Colour grids, villages or townships</source>
            <translation>按网格、村（社区）或乡镇（街道）设色</translation>
        </message>
        <message>
            <source>How the classes are cut</source>
            <translation>分级方法</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <source>Grid outlines</source>
            <translation>网格边界</translation>
        </message>
        <message>
            <source>Village outlines</source>
            <translation>村（社区）边界</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>名称注记</translation>
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>Unfinished disputes</source>
            <translation>未办结纠纷</translation>
        </message>
        <message>
            <source>Incidents (30 days)</source>
            <translation>警情（近 30 天）</translation>
        </message>
        <message>
            <source>Find a region: name, code or pinyin initials</source>
            <translation>查找区划：名称、代码或拼音首字母</translation>
        </message>
        <message>
            <source>County</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Show the whole county (Home)</source>
            <translation>显示全县（Home 键）</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>选中区划</translation>
        </message>
        <message>
            <source>Zoom to the selected region</source>
            <translation>缩放到选中的区划</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the view as PNG at print resolution, or as SVG</source>
            <translation>将当前视图导出为印刷分辨率的 PNG 图像或 SVG 矢量图</translation>
        </message>
        <message>
            <source>Townships (no metric)</source>
            <translation>乡镇（不设色）</translation>
        </message>
    </context>
    <context>
        <name>MapFurniture</name>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
        <message>
            <source>N</source>
            <translation>北</translation>
        </message>
        <message>
            <source>Rapid-police district</source>
            <translation>快警区防</translation>
        </message>
        <message>
            <source>Patrol post</source>
            <translation>巡防点</translation>
        </message>
        <message>
            <source>Community watch</source>
            <translation>群防点</translation>
        </message>
        <message>
            <source>Unfinished disputes (a number: how many close together)</source>
            <translation>在办纠纷（圈内数字：邻近件数）</translation>
        </message>
        <message>
            <source>Incident, last 30 days</source>
            <translation>近 30 天警情</translation>
        </message>
    </context>
    <context>
        <name>MapMetric</name>
        <message>
            <source>Open disputes per 1,000 residents</source>
            <translation>每千人在办纠纷数</translation>
        </message>
        <message>
            <source>Overdue disputes</source>
            <translation>超期纠纷数</translation>
        </message>
        <message>
            <source>Disputes reported in the last 30 days</source>
            <translation>近 30 天登记纠纷数</translation>
        </message>
        <message>
            <source>Sense of security (survey)</source>
            <translation>安全感（问卷调查）</translation>
        </message>
        <message>
            <source>Response-time band (1-3-5)</source>
            <translation>快速反应圈（1-3-5 分钟）</translation>
        </message>
        <message>
            <source>Four-colour risk level</source>
            <translation>四色风险等级</translation>
        </message>
        <message>
            <source>No response-time coverage: the store has no patrol platforms or no grids.</source>
            <translation>无响应覆盖数据：库中没有巡防平台或网格。</translation>
        </message>
        <message>
            <source>Public order satisfaction (survey)</source>
            <translation>治安满意度（问卷调查）</translation>
        </message>
        <message>
            <source>Law enforcement satisfaction (survey)</source>
            <translation>执法满意度（问卷调查）</translation>
        </message>
        <message>
            <source>Awareness of the safety campaign (survey)</source>
            <translation>平安建设知晓率（问卷调查）</translation>
        </message>
        <message>
            <source>Participation in the safety campaign (survey)</source>
            <translation>平安建设参与率（问卷调查）</translation>
        </message>
        <message>
            <source>No survey responses yet.</source>
            <translation>尚无调查答卷。</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Drawing the map…</source>
            <translation>正在绘制地图…</translation>
        </message>
        <message>
            <source>There is no map to export.</source>
            <translation>没有可导出的地图。</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReport</name>
        <message>
            <source>%1-%2 is not a month</source>
            <translation>%1-%2 不是有效的月份</translation>
        </message>
        <message>
            <source>%1 has not begun on %2: there is nothing to report yet</source>
            <translation>截至 %2，%1 尚未开始，暂无可报内容</translation>
        </message>
        <message>
            <source>the store holds no county</source>
            <translation>数据库中没有县级区划</translation>
        </message>
        <message>
            <source>no region has the code %1</source>
            <translation>没有代码为 %1 的区划</translation>
        </message>
        <message>
            <source>%1 %2 is not a township: a monthly report covers the county or one township</source>
            <translation>%1 %2 不是乡镇（街道）：月报只能按全县或一个乡镇（街道）编制</translation>
        </message>
        <message>
            <source>%1 Social Governance Centre</source>
            <translation>%1社会治安综合治理中心</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>矛盾纠纷统计</translation>
        </message>
        <message>
            <source>Major and overdue disputes</source>
            <translation>重大及超期纠纷清单</translation>
        </message>
        <message>
            <source>Monthly trend</source>
            <translation>月度趋势</translation>
        </message>
        <message>
            <source>Survey indicators</source>
            <translation>一感两度两率</translation>
        </message>
        <message>
            <source>Patrol and responses</source>
            <translation>巡防与出警</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>%2/%1</source>
            <translation>%1年%2月</translation>
        </message>
        <message>
            <source>%2/%3/%1</source>
            <translation>%1年%2月%3日</translation>
        </message>
        <message>
            <source>none a period before</source>
            <translation>上期为零</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>无可比数据</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>持平</translation>
        </message>
        <message>
            <source>up %1%</source>
            <translation>上升 %1%</translation>
        </message>
        <message>
            <source>down %1%</source>
            <translation>下降 %1%</translation>
        </message>
        <message>
            <source>up %1 percentage points</source>
            <translation>上升 %1 个百分点</translation>
        </message>
        <message>
            <source>down %1 percentage points</source>
            <translation>下降 %1 个百分点</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Village / community</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>the county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>主要指标</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>Month on month</source>
            <translation>环比</translation>
        </message>
        <message>
            <source>Same month last year</source>
            <translation>去年同期</translation>
        </message>
        <message>
            <source>Year on year</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>Resolved at township level or below</source>
            <translation>小事不出村、大事不出镇比例</translation>
        </message>
        <message>
            <source>Changes of counts are relative (%); changes of rates and shares are in percentage points.</source>
            <translation>件数的变化为增减幅度（%），比率和占比的变化单位为百分点。</translation>
        </message>
        <message>
            <source>In %1, %2 took in %3 disputes, %4 on the previous month and %5 on the same month last year. Mediation succeeded in %6 cases, a success rate of %7 (%8 on the previous month); %9 cases ran past their deadline and %10 were escalated.</source>
            <translation>%1，%2共登记矛盾纠纷 %3 件，环比%4，同比%5。调解成功 %6 件，调解成功率 %7（环比%8）；超期 %9 件，上交 %10 件。</translation>
        </message>
        <message>
            <source>Of the resolved cases, %1 were settled in the village or community and %2 in the township, so %3 never had to leave the township.</source>
            <translation>调解成功的纠纷中，化解在村（社区）一级的占 %1，在乡镇（街道）一级的占 %2，“小事不出村、大事不出镇”比例为 %3。</translation>
        </message>
        <message>
            <source>By township</source>
            <translation>分乡镇</translation>
        </message>
        <message>
            <source>By village</source>
            <translation>分村社区</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>调解成功</translation>
        </message>
        <message>
            <source>Success rate</source>
            <translation>调解成功率</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>上交</translation>
        </message>
        <message>
            <source>Resolved in village</source>
            <translation>村级化解占比</translation>
        </message>
        <message>
            <source>Resolved in township</source>
            <translation>乡镇级化解占比</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>New: disputes reported in the month. The other figures describe those disputes as they stand on %1. Success rate: resolved / (resolved + failed + referred). Shares: of the resolved.</source>
            <translation>新增：本月登记的矛盾纠纷；其余各项为这些纠纷截至 %1 的办理情况。调解成功率 = 调解成功 /（调解成功 + 调解不成 + 转诉讼仲裁信访）；占比以调解成功件数为基数。</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>分类别</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Major disputes</source>
            <translation>重大矛盾纠纷</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>纠纷事由</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Handled at</source>
            <translation>办理层级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>%1 major disputes; the first %2 are printed, the workbook lists all.</source>
            <translation>共 %1 件重大矛盾纠纷，本表列出前 %2 件，完整清单见 Excel 附表。</translation>
        </message>
        <message>
            <source>Overdue disputes</source>
            <translation>超期纠纷</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Days over</source>
            <translation>超期天数</translation>
        </message>
        <message>
            <source>%1 overdue disputes, most days over first; the first %2 are printed, the workbook lists all.</source>
            <translation>共 %1 件超期，按超期天数由多到少排列，本表列出前 %2 件，完整清单见 Excel 附表。</translation>
        </message>
        <message>
            <source>New disputes by township</source>
            <translation>各乡镇（街道）新增矛盾纠纷</translation>
        </message>
        <message>
            <source>New disputes by village / community</source>
            <translation>各村（社区）新增矛盾纠纷</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>件</translation>
        </message>
        <message>
            <source>Disputes reported and closed, last 12 months</source>
            <translation>近12个月矛盾纠纷登记与办结情况</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>%1 (month)</source>
            <translation>%1月</translation>
        </message>
        <message>
            <source>significant</source>
            <translation>显著</translation>
        </message>
        <message>
            <source>not significant</source>
            <translation>不显著</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>样本量</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95%置信区间</translation>
        </message>
        <message>
            <source>Previous wave</source>
            <translation>上一批次</translation>
        </message>
        <message>
            <source>Change (points)</source>
            <translation>变化（百分点）</translation>
        </message>
        <message>
            <source>Change test</source>
            <translation>变化检验</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>第%1位/共%2个</translation>
        </message>
        <message>
            <source>County figures are weighted by township population. Interval: Wilson 95%. Change test: two-proportion test at 5%.</source>
            <translation>全县数据按各乡镇人口加权。置信区间：Wilson 95%。变化检验：两比例检验，显著性水平 5%。</translation>
        </message>
        <message>
            <source>Rank among the county's townships (1 = best); red: among the last five. Interval: Wilson 95%. Change test: two-proportion test at 5%.</source>
            <translation>排名为在全县乡镇（街道）中的位次（1 为最好），红色表示处于后五位。置信区间：Wilson 95%。变化检验：两比例检验，显著性水平 5%。</translation>
        </message>
        <message>
            <source>Survey by township</source>
            <translation>分乡镇测评</translation>
        </message>
        <message>
            <source>Survey by village</source>
            <translation>分村社区测评</translation>
        </message>
        <message>
            <source>Security rank</source>
            <translation>安全感排名</translation>
        </message>
        <message>
            <source>Red: among the last five townships for that indicator; a red number of respondents: fewer than 30, read with care.</source>
            <translation>红色：该项指标处于全县后五位；样本量为红色的不足 30 人，解读需谨慎。</translation>
        </message>
        <message>
            <source>Villages are not ranked; a red number of respondents: fewer than 30, read with care.</source>
            <translation>村（社区）不排名；样本量为红色的不足 30 人，解读需谨慎。</translation>
        </message>
        <message>
            <source>%1 by township, best first</source>
            <translation>各乡镇（街道）%1（由高到低）</translation>
        </message>
        <message>
            <source>County %1</source>
            <translation>全县 %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1为%2</translation>
        </message>
        <message>
            <source> (%1 on the previous wave)</source>
            <translation>（较上一批次%1）</translation>
        </message>
        <message>
            <source>The survey of wave %1 (%2 to %3) heard %4 residents of %5: %6.</source>
            <translation>%1批次调查（%2至%3）共访问%5群众 %4 人：%6。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>The last five townships for %1 are %2.</source>
            <translation>%1处于全县后五位的乡镇（街道）是：%2。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>On %1 the township ranks %2 of %3 in the county%4.</source>
            <translation>%1在全县 %3 个乡镇（街道）中列第 %2 位%4。</translation>
        </message>
        <message>
            <source>, among the last five</source>
            <translation>，处于全县后五位</translation>
        </message>
        <message>
            <source>Within %1 min</source>
            <translation>%1分钟内</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>出警到场</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>With arrival</source>
            <translation>有到场记录</translation>
        </message>
        <message>
            <source>Median (min)</source>
            <translation>中位数（分钟）</translation>
        </message>
        <message>
            <source>P90 (min)</source>
            <translation>90%分位（分钟）</translation>
        </message>
        <message>
            <source>No arrival</source>
            <translation>无到场记录</translation>
        </message>
        <message>
            <source>(no township)</source>
            <translation>（无所属乡镇）</translation>
        </message>
        <message>
            <source>Response time: arrival minus call, over incidents called in the month with both times recorded; incidents without an arrival are counted, not dropped.</source>
            <translation>到场时间 = 到场时刻 − 报警时刻，统计本月接报且两项时间均有记录的警情；无到场记录的警情单独计数，不剔除。</translation>
        </message>
        <message>
            <source>Patrol platforms</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>巡防时长（小时）</translation>
        </message>
        <message>
            <source>Officer hours</source>
            <translation>警力人时</translation>
        </message>
        <message>
            <source>Volunteer turns</source>
            <translation>群防人次</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>巡逻里程（公里）</translation>
        </message>
        <message>
            <source>Patrols by township</source>
            <translation>分乡镇巡防</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>平台数</translation>
        </message>
        <message>
            <source>No incident was called in during the month in %1.</source>
            <translation>本月%1无警情。</translation>
        </message>
        <message>
            <source>%1 within %2 minutes</source>
            <translation>%2分钟内到场%1</translation>
        </message>
        <message>
            <source>In %1, %2 incidents were called in; %3 have both call and arrival times. Median response %4 minutes, 90th percentile %5 minutes; %6.</source>
            <translation>本月%1共接报警情 %2 起，其中 %3 起有报警和到场时间记录。到场时间中位数 %4 分钟，90%分位数 %5 分钟；%6。</translation>
        </message>
        <message>
            <source>%1 incidents have no recorded arrival and need checking.</source>
            <translation>另有 %1 起警情无到场记录，需核实。</translation>
        </message>
        <message>
            <source>Share of responses within the target minutes, by township</source>
            <translation>各乡镇（街道）按时到场率</translation>
        </message>
        <message>
            <source>Share of responses within the target minutes, by platform</source>
            <translation>各平台按时到场率</translation>
        </message>
        <message>
            <source>%1 Social Governance Monthly Bulletin</source>
            <translation>%1社会治安综合治理月报</translation>
        </message>
        <message>
            <source>%1, issue %2</source>
            <translation>%1年第%2期</translation>
        </message>
        <message>
            <source>I. Overview</source>
            <translation>一、总体情况</translation>
        </message>
        <message>
            <source>Table 1  Main figures, %1</source>
            <translation>表1  %1主要指标</translation>
        </message>
        <message>
            <source>II. Disputes found and resolved</source>
            <translation>二、矛盾纠纷排查化解情况</translation>
        </message>
        <message>
            <source>(1) By township</source>
            <translation>（一）分乡镇（街道）情况</translation>
        </message>
        <message>
            <source>(1) By village / community</source>
            <translation>（一）分村（社区）情况</translation>
        </message>
        <message>
            <source>Table 2  Disputes by township</source>
            <translation>表2  各乡镇（街道）矛盾纠纷情况</translation>
        </message>
        <message>
            <source>Table 2  Disputes by village / community</source>
            <translation>表2  各村（社区）矛盾纠纷情况</translation>
        </message>
        <message>
            <source>(2) By category</source>
            <translation>（二）分类别情况</translation>
        </message>
        <message>
            <source>Table 3  Disputes by category</source>
            <translation>表3  矛盾纠纷分类别情况</translation>
        </message>
        <message>
            <source>(3) Major disputes</source>
            <translation>（三）重大矛盾纠纷</translation>
        </message>
        <message>
            <source>Table 4  Major disputes reported in the month</source>
            <translation>表4  本月新增重大矛盾纠纷</translation>
        </message>
        <message>
            <source>No major dispute was reported in the month.</source>
            <translation>本月无新增重大矛盾纠纷。</translation>
        </message>
        <message>
            <source>(4) Overdue disputes</source>
            <translation>（四）超期未化解矛盾纠纷</translation>
        </message>
        <message>
            <source>Table 5  Disputes of the month past their deadline</source>
            <translation>表5  本月登记的超期矛盾纠纷</translation>
        </message>
        <message>
            <source>No dispute of the month ran past its deadline.</source>
            <translation>本月登记的矛盾纠纷无超期。</translation>
        </message>
        <message>
            <source>III. Public sense of security and satisfaction</source>
            <translation>三、群众安全感和满意度（一感两度两率）</translation>
        </message>
        <message>
            <source>No survey wave had ended by the end of the month: no figures to report.</source>
            <translation>截至本月末尚无已结束的调查批次，暂无数据。</translation>
        </message>
        <message>
            <source>Table 6  Survey indicators of %1, wave %2</source>
            <translation>表6  %1一感两度两率（%2批次）</translation>
        </message>
        <message>
            <source>Table 7  Survey indicators by township</source>
            <translation>表7  各乡镇（街道）一感两度两率</translation>
        </message>
        <message>
            <source>Table 7  Survey indicators by village / community</source>
            <translation>表7  各村（社区）一感两度两率</translation>
        </message>
        <message>
            <source>IV. Patrols and 1-3-5 response</source>
            <translation>四、巡防与“1、3、5分钟”快速反应</translation>
        </message>
        <message>
            <source>Table 8  Response times by township</source>
            <translation>表8  各乡镇（街道）出警到场情况</translation>
        </message>
        <message>
            <source>Table 8  Response times by platform</source>
            <translation>表8  各平台出警到场情况</translation>
        </message>
        <message>
            <source>Table 9  Patrols by township: shifts and incidents</source>
            <translation>表9  各乡镇（街道）巡防与警情情况</translation>
        </message>
        <message>
            <source>Table 10  Patrol platforms</source>
            <translation>表10  巡防平台明细</translation>
        </message>
        <message>
            <source>The %1 platforms are listed one by one in the workbook (sheet "%2").</source>
            <translation>全县 %1 个巡防平台的明细见 Excel 附表（“%2”工作表）。</translation>
        </message>
        <message>
            <source>Table 9  Patrol platforms: shifts and incidents</source>
            <translation>表9  巡防平台巡逻与警情情况</translation>
        </message>
        <message>
            <source>V. Map</source>
            <translation>五、分布图</translation>
        </message>
        <message>
            <source>Figure  New disputes per 1,000 residents by township, %1</source>
            <translation>图  %1各乡镇（街道）每千人新增矛盾纠纷数</translation>
        </message>
        <message>
            <source>Figure  New disputes per 1,000 residents by village / community, %1</source>
            <translation>图  %1各村（社区）每千人新增矛盾纠纷数</translation>
        </message>
        <message>
            <source>New disputes per 1,000</source>
            <translation>每千人新增纠纷</translation>
        </message>
    </context>
    <context>
        <name>NodeDialog</name>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>&amp;Export this node's identity…</source>
            <translation>导出本节点身份(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Trust a node's identity…</source>
            <translation>信任对方身份(&amp;T)…</translation>
        </message>
        <message>
            <source>Sync node and pairing</source>
            <translation>节点与配对</translation>
        </message>
        <message>
            <source>Trusted node</source>
            <translation>受信任节点</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Last export</source>
            <translation>最近导出</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>最近导入</translation>
        </message>
        <message>
            <source>County hub</source>
            <translation>县级中心</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>This node: %1 — %2, scope %3
Node id: %4</source>
            <translation>本节点：%1 — %2，范围 %3
节点标识：%4</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Make this database a sync node</source>
            <translation>将本数据库设为同步节点</translation>
        </message>
        <message>
            <source>&amp;Make it a node</source>
            <translation>设为同步节点(&amp;M)</translation>
        </message>
        <message>
            <source>County hub (the county center's database)</source>
            <translation>县级中心节点（县综治中心的数据库）</translation>
        </message>
        <message>
            <source>Township (a township office working offline)</source>
            <translation>乡镇节点（离线工作的乡镇综治中心）</translation>
        </message>
        <message>
            <source>e.g. 县综治中心, 城关镇综治中心</source>
            <translation>例如：县综治中心、城关镇综治中心</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>节点类型(&amp;R)：</translation>
        </message>
        <message>
            <source>T&amp;ownship:</source>
            <translation>所属乡镇(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>节点名称(&amp;N)：</translation>
        </message>
        <message>
            <source>This database is not a sync node yet. Choose what it is below (or on the command line: pingan-cli node init --role hub|township --name NAME).</source>
            <translation>本数据库还不是同步节点。请在下方选择节点类型（也可在命令行中执行：pingan-cli node init --role hub|township --name 节点名称）。</translation>
        </message>
        <message>
            <source>County governance center</source>
            <translation>县综治中心</translation>
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
        <name>Password</name>
        <message>
            <source>The password needs at least %1 characters</source>
            <translation>密码至少需要 %1 个字符</translation>
        </message>
        <message>
            <source>The password needs three of: lower-case letters, upper-case letters, digits, other characters</source>
            <translation>密码须包含小写字母、大写字母、数字、其他字符中的至少三类</translation>
        </message>
        <message>
            <source>The password may not be the login</source>
            <translation>密码不能与登录名相同</translation>
        </message>
    </context>
    <context>
        <name>PatrolCommand</name>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>…另有 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: rejected, nothing was written</source>
            <translation>%1：已拒绝，未写入任何数据</translation>
        </message>
        <message>
            <source>%1: %2 rows read, %3 inserted, %4 unchanged</source>
            <translation>%1：读取 %2 行，新增 %3 行，%4 行无变化</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>No arrival</source>
            <translation>未到场</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>有到场时间</translation>
        </message>
        <message>
            <source>Median min</source>
            <translation>中位数（分钟）</translation>
        </message>
        <message>
            <source>P90 min</source>
            <translation>90 分位（分钟）</translation>
        </message>
        <message>
            <source>Response times (arrival − call)</source>
            <translation>出警响应时间（到场 − 接警）</translation>
        </message>
        <message>
            <source>Incidents: %1   without a recorded arrival: %2   measured: %3</source>
            <translation>警情：%1   无到场记录：%2   可计时：%3</translation>
        </message>
        <message>
            <source>arrival before call (left out): %1</source>
            <translation>到场早于接警（未计入）：%1</translation>
        </message>
        <message>
            <source>County: median %1 min, 90th percentile %2 min; within %3</source>
            <translation>全县：中位数 %1 分钟，90 分位 %2 分钟；%3 以内</translation>
        </message>
        <message>
            <source>By township</source>
            <translation>分乡镇</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>(no grid or platform)</source>
            <translation>（无网格或平台）</translation>
        </message>
        <message>
            <source>By platform</source>
            <translation>按平台</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Shifts by platform</source>
            <translation>各平台巡逻班次</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>Officer-hours</source>
            <translation>警力工时</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>群防力量</translation>
        </message>
        <message>
            <source>km</source>
            <translation>公里</translation>
        </message>
    </context>
    <context>
        <name>PatrolRecordDialog</name>
        <message>
            <source>Dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <source>Fight</source>
            <translation>打架斗殴</translation>
        </message>
        <message>
            <source>Theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <source>Traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>火情</translation>
        </message>
        <message>
            <source>Call for help</source>
            <translation>求助</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪音扰民</translation>
        </message>
        <message>
            <source>Suspicious activity</source>
            <translation>可疑情况</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Record a patrol shift</source>
            <translation>登记巡逻班次</translation>
        </message>
        <message>
            <source>Record an incident</source>
            <translation>登记警情</translation>
        </message>
        <message>
            <source>(no platform)</source>
            <translation>（无平台）</translation>
        </message>
        <message>
            <source>&amp;Platform</source>
            <translation>平台(&amp;P)</translation>
        </message>
        <message>
            <source> km</source>
            <translation> 公里</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>结束(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Officers</source>
            <translation>民警人数(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Volunteers</source>
            <translation>志愿者人数(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Distance patrolled</source>
            <translation>巡逻里程(&amp;D)</translation>
        </message>
        <message>
            <source>15-digit grid code (optional)</source>
            <translation>15 位网格编码（选填）</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation>网格(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Called in</source>
            <translation>报警时间(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dispatched</source>
            <translation>派警时间(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Arrived</source>
            <translation>到场时间(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Finished</source>
            <translation>处置完毕(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>PatrolRecords</name>
        <message>
            <source>'%1' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with an offset such as 2026-03-01T08:30:00+08:00)</source>
            <translation>“%1”不是时间（应为 YYYY-MM-DD HH:MM[:SS]，或带时区的 ISO 8601，如 2026-03-01T08:30:00+08:00）</translation>
        </message>
        <message>
            <source>lies before the time in '%1'</source>
            <translation>早于“%1”中的时间</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <source>View cases and statistics</source>
            <translation>查看案件和统计</translation>
        </message>
        <message>
            <source>Register disputes</source>
            <translation>登记纠纷</translation>
        </message>
        <message>
            <source>Handle disputes</source>
            <translation>办理纠纷</translation>
        </message>
        <message>
            <source>See full ID numbers and phones</source>
            <translation>查看完整身份证号和电话</translation>
        </message>
        <message>
            <source>Edit patrol platforms</source>
            <translation>维护巡防平台</translation>
        </message>
        <message>
            <source>Import data</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>打印月报</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <source>Manage user accounts</source>
            <translation>管理用户账户</translation>
        </message>
        <message>
            <source>Set the password and lockout rules</source>
            <translation>设置密码和锁定规则</translation>
        </message>
        <message>
            <source>Read the audit log</source>
            <translation>查阅审计日志</translation>
        </message>
        <message>
            <source>Purge old audit rows</source>
            <translation>清理过期审计记录</translation>
        </message>
        <message>
            <source>Make backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Exchange sync packages</source>
            <translation>交换同步数据包</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>a mobile number has 11 digits starting with 13 to 19</source>
            <translation>手机号码为 11 位，以 13 至 19 开头</translation>
        </message>
        <message>
            <source>not a phone number: a mobile number (11 digits) or a landline with its area code, e.g. 0731-12345678</source>
            <translation>不是有效电话：应为 11 位手机号码或带区号的固定电话，如 0731-12345678</translation>
        </message>
    </context>
    <context>
        <name>Platform</name>
        <message>
            <source>Rapid-police district post</source>
            <translation>快警区防平台</translation>
        </message>
        <message>
            <source>Patrol post</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>Community-watch post</source>
            <translation>群防平台</translation>
        </message>
    </context>
    <context>
        <name>PlatformDesk</name>
        <message>
            <source>Retire %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <source>%1 leaves service on the day chosen. Its shifts and incidents stay in the records; it no longer counts for coverage or shows on the map.</source>
            <translation>%1 将于所选日期撤销。其巡逻班次和警情记录保留；撤销后不再计入响应覆盖，也不在地图上显示。</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>The platforms could not be read:
%1</source>
            <translation>无法读取巡防平台：
%1</translation>
        </message>
        <message>
            <source>New patrol platform</source>
            <translation>新建巡防平台</translation>
        </message>
        <message>
            <source>Edit platform</source>
            <translation>编辑平台</translation>
        </message>
        <message>
            <source>The platform is no longer in the registry.</source>
            <translation>该平台已不在台账中。</translation>
        </message>
        <message>
            <source>Move platform</source>
            <translation>移动平台</translation>
        </message>
        <message>
            <source>Move %1 to %2° E, %3° N?</source>
            <translation>将 %1 移至东经 %2°、北纬 %3°？</translation>
        </message>
        <message>
            <source>Import incidents</source>
            <translation>导入警情</translation>
        </message>
        <message>
            <source>Import patrol shifts</source>
            <translation>导入巡逻班次</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>%1: %2 rows read, %3 new, %4 already recorded.</source>
            <translation>%1：读取 %2 行，新增 %3 条，%4 条此前已登记。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>…另有 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported:
%1</source>
            <translation>未导入任何数据：
%1</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>PlatformDialog</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Responsible area</source>
            <translation>责任区</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>警力</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>群防力量</translation>
        </message>
        <message>
            <source>Duty hours</source>
            <translation>值守时间</translation>
        </message>
        <message>
            <source>Travel speed</source>
            <translation>行驶速度</translation>
        </message>
        <message>
            <source>Edit platform %1</source>
            <translation>编辑平台 %1</translation>
        </message>
        <message>
            <source>New patrol platform</source>
            <translation>新建巡防平台</translation>
        </message>
        <message>
            <source>e.g. KJ-07</source>
            <translation>如 KJ-07</translation>
        </message>
        <message>
            <source>Red-armband patrollers (红袖章), household security heads (治安户长) and other volunteers on its rota</source>
            <translation>排班中的红袖章、治安户长等群防群治力量</translation>
        </message>
        <message>
            <source>24h, or 08:00-22:00</source>
            <translation>24h，或 08:00-22:00</translation>
        </message>
        <message>
            <source> km/h</source>
            <translation> 公里/小时</translation>
        </message>
        <message>
            <source>The average speed to a call, used for the 1-3-5 minute coverage</source>
            <translation>出警平均行驶速度，用于计算 1-3-5 分钟响应覆盖</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>编号(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>Responsible &amp;area</source>
            <translation>责任区(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>位置(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Staff</source>
            <translation>警力(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Vehicles</source>
            <translation>车辆(&amp;V)</translation>
        </message>
        <message>
            <source>V&amp;olunteers</source>
            <translation>群防力量(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Duty hours</source>
            <translation>值守时间(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Travel speed</source>
            <translation>行驶速度(&amp;T)</translation>
        </message>
        <message>
            <source>Opened &amp;on</source>
            <translation>启用日期(&amp;O)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>PlatformDock</name>
        <message>
            <source>Patrol platforms</source>
            <translation>巡防平台</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>Register a new patrol platform</source>
            <translation>登记新的巡防平台</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Retire…</source>
            <translation>撤销(&amp;R)…</translation>
        </message>
        <message>
            <source>Take the platform out of service (its records stay)</source>
            <translation>撤销该平台（其记录保留）</translation>
        </message>
        <message>
            <source>&amp;Move on map</source>
            <translation>在地图上移动(&amp;M)</translation>
        </message>
        <message>
            <source>While on, drag a platform's symbol on the map to move it</source>
            <translation>开启后，可在地图上拖动平台图标来移动平台</translation>
        </message>
        <message>
            <source>Show retired</source>
            <translation>显示已撤销</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message numerus="yes">
            <source>%n in service</source>
            <translation>
                <numerusform>在用 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Record &amp;shift…</source>
            <translation>登记班次(&amp;S)…</translation>
        </message>
        <message>
            <source>Record &amp;incident…</source>
            <translation>登记警情(&amp;I)…</translation>
        </message>
        <message>
            <source>Patrol shifts (CSV)…</source>
            <translation>巡逻班次（CSV）…</translation>
        </message>
        <message>
            <source>Incidents (CSV)…</source>
            <translation>警情（CSV）…</translation>
        </message>
        <message>
            <source>Im&amp;port</source>
            <translation>导入(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>PlatformRepository</name>
        <message>
            <source>A %1 may not change the platform registry</source>
            <translation>%1无权修改巡防平台台账</translation>
        </message>
        <message>
            <source>the code %1 is already %2's</source>
            <translation>编号 %1 已被“%2”使用</translation>
        </message>
        <message>
            <source>there is no region %1</source>
            <translation>没有区划 %1</translation>
        </message>
        <message>
            <source>There is no platform %1</source>
            <translation>没有平台 %1</translation>
        </message>
        <message>
            <source>%1 was changed by someone else since you opened it; look at it again</source>
            <translation>%1 在您打开后已被他人修改，请重新查看</translation>
        </message>
        <message>
            <source>%1 is retired</source>
            <translation>%1 已撤销</translation>
        </message>
        <message>
            <source>%1 is already retired</source>
            <translation>%1 已经撤销</translation>
        </message>
        <message>
            <source>give the day the platform leaves service</source>
            <translation>请填写平台撤销的日期</translation>
        </message>
        <message>
            <source>%1 opened on %2, after %3</source>
            <translation>%1 启用于 %2，晚于 %3</translation>
        </message>
    </context>
    <context>
        <name>PlatformRules</name>
        <message>
            <source>a platform needs a code</source>
            <translation>平台须有编号</translation>
        </message>
        <message>
            <source>'%1' is not a platform code (letters, digits, - and _, at most 32)</source>
            <translation>“%1”不是有效的平台编号（字母、数字、- 和 _，最多 32 个字符）</translation>
        </message>
        <message>
            <source>a platform needs a name</source>
            <translation>平台须有名称</translation>
        </message>
        <message>
            <source>a name of at most 60 characters</source>
            <translation>名称最多 60 个字</translation>
        </message>
        <message>
            <source>choose the area the platform is responsible for</source>
            <translation>请选择平台的责任区</translation>
        </message>
        <message>
            <source>longitude %1 lies outside China (73–136° E)</source>
            <translation>经度 %1 不在我国范围内（东经 73–136°）</translation>
        </message>
        <message>
            <source>latitude %1 lies outside China (3–54° N)</source>
            <translation>纬度 %1 不在我国范围内（北纬 3–54°）</translation>
        </message>
        <message>
            <source>staff must be between 0 and 10,000</source>
            <translation>警力应在 0 到 10,000 之间</translation>
        </message>
        <message>
            <source>vehicles must be between 0 and 1,000</source>
            <translation>车辆应在 0 到 1,000 之间</translation>
        </message>
        <message>
            <source>volunteers must be between 0 and 100,000</source>
            <translation>群防力量应在 0 到 100,000 之间</translation>
        </message>
        <message>
            <source>'%1' is not a duty time: write 24h or a span such as 08:00-22:00</source>
            <translation>“%1”不是值守时间：请填写 24h 或时段，如 08:00-22:00</translation>
        </message>
        <message>
            <source>a travel speed between 3 and 120 km/h</source>
            <translation>行驶速度应在 3 到 120 公里/小时之间</translation>
        </message>
    </context>
    <context>
        <name>PlatformTableModel</name>
        <message>
            <source>24 hours</source>
            <translation>24 小时</translation>
        </message>
        <message>
            <source>retired %1</source>
            <translation>%1 撤销</translation>
        </message>
        <message>
            <source>in service</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Responsible area</source>
            <translation>责任区</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>警力</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>群防力量</translation>
        </message>
        <message>
            <source>Duty hours</source>
            <translation>值守时间</translation>
        </message>
        <message>
            <source>Speed km/h</source>
            <translation>速度（公里/小时）</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
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
    <context>
        <name>ReportChart</name>
        <message>
            <source>Unit: %1</source>
            <translation>单位：%1</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
    </context>
    <context>
        <name>ReportDesk</name>
        <message>
            <source>Laying out the report</source>
            <translation>排版</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <source>The calendar month the report covers</source>
            <translation>月报所属的自然月</translation>
        </message>
        <message>
            <source>The whole county, or one township and its villages</source>
            <translation>全县，或一个乡镇（街道）及其所辖村（社区）</translation>
        </message>
        <message>
            <source>Disputes still open past their deadline on this day count as overdue; the report is dated this day</source>
            <translation>截至该日仍未办结且已过期限的纠纷计为超期；月报落款日期为该日</translation>
        </message>
        <message>
            <source>The issuing office printed under the title and at the end</source>
            <translation>印在报头下方和文末的编发单位</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Every table of the report, in full, one sheet each</source>
            <translation>月报全部表格（完整行数），每表一个工作表</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>截至日期：</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>编发单位：</translation>
        </message>
        <message>
            <source>Print and export</source>
            <translation>打印与导出</translation>
        </message>
        <message>
            <source>%1 (whole county)</source>
            <translation>%1（全县）</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <source>Choose the month and the scope, then Generate.</source>
            <translation>选择月份和范围，然后点击“生成”。</translation>
        </message>
        <message>
            <source>Generating the report of %1 for %2…</source>
            <translation>正在生成%2 %1 的月报…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>Cancelled. Change the form if need be, then Generate.</source>
            <translation>已取消。可修改条件后重新点击“生成”。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Generating: %1…</source>
            <translation>正在生成：%1…</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>共 %1 页</translation>
        </message>
        <message>
            <source>%1, %2: %3 pages. Print it or export it.</source>
            <translation>%1（%2）：共 %3 页，可打印或导出。</translation>
        </message>
        <message>
            <source>The report could not be made:
%1</source>
            <translation>未能生成月报：
%1</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>未能生成月报：%1</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>打印月报</translation>
        </message>
        <message>
            <source>The printer refused the report.</source>
            <translation>打印机未接受月报。</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>已向打印机发送 %1 页。</translation>
        </message>
        <message>
            <source>Print preview of the monthly report</source>
            <translation>月报打印预览</translation>
        </message>
        <message>
            <source>%1 monthly report %2</source>
            <translation>%1月报-%2</translation>
        </message>
        <message>
            <source>Export the monthly report as PDF</source>
            <translation>导出月报 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Export the report's tables as an Excel workbook</source>
            <translation>将月报表格导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>There is no report to export: generate one first.</source>
            <translation>尚无可导出的月报，请先生成。</translation>
        </message>
        <message>
            <source>Saved %1 (%2 pages).</source>
            <translation>已保存 %1（共 %2 页）。</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <source>This account may not export data</source>
            <translation>此账户无权导出数据</translation>
        </message>
    </context>
    <context>
        <name>ReportDocument</name>
        <message>
            <source>(%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>Issued by %1</source>
            <translation>%1编</translation>
        </message>
        <message>
            <source>%2/%3/%1</source>
            <translation>%1年%2月%3日</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>注：%1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页 共 %2 页</translation>
        </message>
        <message>
            <source>%1: the report could not be drawn</source>
            <translation>%1：无法绘制报告</translation>
        </message>
        <message>
            <source>%1: cannot write the file (%2)</source>
            <translation>%1：无法写入文件（%2）</translation>
        </message>
    </context>
    <context>
        <name>ReportXlsx</name>
        <message>
            <source>Table %1</source>
            <translation>表%1</translation>
        </message>
        <message>
            <source>table “%1” holds a text longer than the 32767 characters an Excel cell can hold</source>
            <translation>表“%1”中有文字超过 Excel 单元格可容纳的 32767 个字符</translation>
        </message>
        <message>
            <source>table “%1” has more rows or columns than an Excel sheet can hold</source>
            <translation>表“%1”的行数或列数超过 Excel 工作表的上限</translation>
        </message>
        <message>
            <source>table “%1”: %2</source>
            <translation>表“%1”：%2</translation>
        </message>
        <message>
            <source>cannot add the sheet “%1”</source>
            <translation>无法添加工作表“%1”</translation>
        </message>
        <message>
            <source>Cannot write the workbook %1: %2</source>
            <translation>无法写入工作簿 %1：%2</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>文件夹 %1 不存在</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>已有同名文件夹</translation>
        </message>
    </context>
    <context>
        <name>ResponseDock</name>
        <message>
            <source>Response times</source>
            <translation>出警响应</translation>
        </message>
        <message>
            <source>The last day included</source>
            <translation>截止日（含当日）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>自</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>How long until arrival</source>
            <translation>多久到场</translation>
        </message>
        <message>
            <source>Minutes from call to arrival</source>
            <translation>接警到到场（分钟）</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>90 分位</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Double-click a platform to see its own figures</source>
            <translation>双击平台可查看该平台的数据</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>%1: no incidents in this period</source>
            <translation>%1：该时段内没有警情</translation>
        </message>
        <message>
            <source>%1 incidents (%2 timed)</source>
            <translation>%1 起警情（%2 起有到场时间）</translation>
        </message>
        <message>
            <source>median %1 min</source>
            <translation>中位数 %1 分钟</translation>
        </message>
        <message>
            <source>P90 %1 min</source>
            <translation>90 分位 %1 分钟</translation>
        </message>
        <message>
            <source>≤ %1 min: %2%</source>
            <translation>≤ %1 分钟：%2%</translation>
        </message>
        <message>
            <source>%1 without arrival</source>
            <translation>%1 起无到场记录</translation>
        </message>
        <message>
            <source>%1 with arrival before call, left out</source>
            <translation>%1 起到场早于接警，未计入</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>≤ %1 min</source>
            <translation>≤ %1 分钟</translation>
        </message>
        <message>
            <source>&gt; %1 min</source>
            <translation>&gt; %1 分钟</translation>
        </message>
        <message>
            <source>%1–%2 min</source>
            <translation>%1–%2 分钟</translation>
        </message>
        <message>
            <source>%1 min: %2 incidents</source>
            <translation>%1 分钟：%2 起</translation>
        </message>
        <message>
            <source>Median and P90 per month</source>
            <translation>各月中位数与 90 分位</translation>
        </message>
        <message>
            <source>Within %1 min</source>
            <translation>%1 分钟内到场率</translation>
        </message>
        <message>
            <source>Median, P90 and share within %1 min per month</source>
            <translation>各月中位数、90 分位及 %1 分钟内到场率</translation>
        </message>
    </context>
    <context>
        <name>ResponseTableModel</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 of %2 timed responses within %3 min</source>
            <translation>%2 起有到场时间的警情中 %1 起在 %3 分钟内到场</translation>
        </message>
        <message>
            <source>Median minutes from call to arrival</source>
            <translation>接警到到场时间的中位数（分钟）</translation>
        </message>
        <message>
            <source>90 % of timed responses arrived within this many minutes</source>
            <translation>90% 有到场时间的警情在此分钟数内到场</translation>
        </message>
        <message>
            <source>Incidents with no recorded arrival: counted, not timed</source>
            <translation>无到场记录的警情：计入总数，不计时</translation>
        </message>
        <message>
            <source>Share of timed responses arriving within %1 min</source>
            <translation>%1 分钟内到场的比例</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <source>Median (min)</source>
            <translation>中位数（分钟）</translation>
        </message>
        <message>
            <source>P90 (min)</source>
            <translation>90 分位（分钟）</translation>
        </message>
        <message>
            <source>Without arrival</source>
            <translation>无到场记录</translation>
        </message>
        <message>
            <source>≤ %1 min</source>
            <translation>≤ %1 分钟</translation>
        </message>
    </context>
    <context>
        <name>RoadImport</name>
        <message>
            <source>(no fields)</source>
            <translation>（无字段）</translation>
        </message>
        <message>
            <source>%1: layer '%2' has no field '%3' (%4); its fields are: %5</source>
            <translation>%1：图层“%2”中没有字段“%3”（%4）；该图层的字段有：%5</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>%1: layer '%2' holds %3 geometry, not lines; give a file of road lines</source>
            <translation>%1：图层“%2”是%3几何，不是线；请提供道路线文件</translation>
        </message>
        <message>
            <source>%1: feature %2</source>
            <translation>%1：要素 %2</translation>
        </message>
        <message>
            <source>%1: no line geometry</source>
            <translation>%1：没有线几何</translation>
        </message>
        <message>
            <source>%1: a %2, not a line</source>
            <translation>%1：是%2，不是线</translation>
        </message>
        <message>
            <source>%1: the file declares no CRS (no .prj or crs member) and its coordinates such as %2 are projected, not longitude/latitude; give the CRS with --source-crs EPSG:N (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, CM 114E)</source>
            <translation>%1：文件未声明坐标系（没有 .prj 文件或 crs 成员），且其坐标（如 %2）是投影坐标而非经纬度；请用 --source-crs EPSG:N 指定坐标系（例如 EPSG:4547，即 CGCS2000 高斯-克吕格 3 度带，中央经线 114°E）</translation>
        </message>
        <message>
            <source>%1: coordinates such as %2 are not longitude/latitude, but the file is read as %3; give the real CRS with --source-crs EPSG:N</source>
            <translation>%1：坐标（如 %2）不是经纬度，但文件按 %3 读取；请用 --source-crs EPSG:N 指定实际坐标系</translation>
        </message>
        <message>
            <source>%1: cannot transform to longitude/latitude: %2</source>
            <translation>%1：无法转换为经纬度：%2</translation>
        </message>
        <message>
            <source>%1: part %2 has a coordinate that is not a number</source>
            <translation>%1：第 %2 部分有非数字坐标</translation>
        </message>
        <message>
            <source>%1: part %2 has fewer than two distinct vertices; skipped</source>
            <translation>%1：第 %2 部分不足两个不同的顶点，已跳过</translation>
        </message>
        <message>
            <source>%1: layer '%2' holds no features</source>
            <translation>%1：图层“%2”中没有要素</translation>
        </message>
        <message>
            <source>%1: no feature matches '%2'</source>
            <translation>%1：没有要素符合“%2”</translation>
        </message>
        <message>
            <source>%1: holds no lines (its features are %2 and the like); give a file of road lines</source>
            <translation>%1：不含线（要素为%2等）；请提供道路线文件</translation>
        </message>
        <message>
            <source>%1: no feature has a line to import</source>
            <translation>%1：没有可导入的线要素</translation>
        </message>
        <message>
            <source>the reading was cancelled; nothing was written</source>
            <translation>读取已取消，未写入任何数据</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s); nothing was written</source>
            <translation>
                <numerusform>%1：%n 个问题，未写入任何数据</numerusform>
            </translation>
        </message>
        <message>
            <source>the database is open read-only; nothing was written</source>
            <translation>数据库以只读方式打开，未写入任何数据</translation>
        </message>
        <message>
            <source>cancelled; nothing was written</source>
            <translation>已取消，未写入任何数据</translation>
        </message>
    </context>
    <context>
        <name>SessionDesk</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source> · region %1</source>
            <translation> · 辖区 %1</translation>
        </message>
        <message>
            <source>The password of %1 has expired or was reset by an administrator. Choose a new one to go on.</source>
            <translation>%1 的密码已过期或已被管理员重置。请设置新密码后继续。</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>未登录。</translation>
        </message>
        <message>
            <source>Show full numbers</source>
            <translation>显示完整号码</translation>
        </message>
        <message>
            <source>Only the audit admin verifies the audit log.</source>
            <translation>只有审计管理员可校验审计日志。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign in to the command desk with your account.</source>
            <translation>请用您的账户登录指挥台。</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Desk locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>The desk was locked after a time without input. %1 (%2): enter your password to go on, or quit.</source>
            <translation>长时间无操作，本机已锁定。%1（%2）：请输入密码继续，或退出。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>StatsCommand</name>
        <message>
            <source>%1 pt</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <source>By township</source>
            <translation>分乡镇</translation>
        </message>
        <message>
            <source>By village</source>
            <translation>分村社区</translation>
        </message>
        <message>
            <source>By grid</source>
            <translation>分网格</translation>
        </message>
        <message>
            <source>By region</source>
            <translation>分区域</translation>
        </message>
        <message>
            <source>Dispute statistics</source>
            <translation>矛盾纠纷统计</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上期</translation>
        </message>
        <message>
            <source>A year earlier</source>
            <translation>上年同期</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>本期</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Resolved by handling level</source>
            <translation>按办理层级的化解情况</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>调解成功</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Village and township</source>
            <translation>村和乡镇</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新登记</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>环比</translation>
        </message>
        <message>
            <source>vs a year earlier</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>Success rate</source>
            <translation>调解成功率</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>上交</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>分类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>纠纷类型</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Village share</source>
            <translation>村级占比</translation>
        </message>
    </context>
    <context>
        <name>StoreCopier</name>
        <message>
            <source>%1: the store to copy from must be a SQLite file</source>
            <translation>%1：复制的来源必须是 SQLite 数据库文件</translation>
        </message>
        <message>
            <source>%1: the store to copy to must be a PostgreSQL database</source>
            <translation>%1：复制的目标必须是 PostgreSQL 数据库</translation>
        </message>
        <message>
            <source>%1: schema version %2, but this program copies version %3: open the file once with this program to bring it up to date</source>
            <translation>%1：数据库结构版本为 %2，本程序复制的是版本 %3：请先用本程序打开一次该文件以完成升级</translation>
        </message>
        <message>
            <source>%1: the server store is not at schema version %2</source>
            <translation>%1：服务器数据库的结构版本不是 %2</translation>
        </message>
        <message>
            <source>%1: the server store already holds data (table %2); copy into a new, empty database</source>
            <translation>%1：服务器数据库中已有数据（数据表 %2），请复制到一个新的空数据库</translation>
        </message>
        <message>
            <source>%1: table %2 changed while it was copied (%3 rows, then %4)</source>
            <translation>%1：数据表 %2 在复制过程中发生了变化（先为 %3 行，后为 %4 行）</translation>
        </message>
    </context>
    <context>
        <name>SurveyDesk</name>
        <message>
            <source>The survey could not be read:
%1</source>
            <translation>无法读取调查数据：
%1</translation>
        </message>
        <message>
            <source>No survey responses yet: import a wave with File › Import survey responses…</source>
            <translation>尚无调查答卷：请通过“文件 › 导入问卷…”导入一个问卷批次</translation>
        </message>
        <message>
            <source>Survey scheme</source>
            <translation>测评方案</translation>
        </message>
        <message>
            <source>The database is open read-only: the scheme was not saved.</source>
            <translation>数据库以只读方式打开，测评方案未保存。</translation>
        </message>
        <message>
            <source>The scheme was not saved:
%1</source>
            <translation>测评方案未保存：
%1</translation>
        </message>
    </context>
    <context>
        <name>SurveyDock</name>
        <message>
            <source>Survey indicators</source>
            <translation>一感两度两率</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>答案分布</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>No survey data yet</source>
            <translation>尚无调查数据</translation>
        </message>
        <message>
            <source>Export chart…</source>
            <translation>导出图表…</translation>
        </message>
        <message>
            <source>Save the chart shown as a PNG image or an SVG drawing</source>
            <translation>将当前图表保存为 PNG 图像或 SVG 矢量图</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>%1, %2: %3 (95 % interval %4), n = %5</source>
            <translation>%1，%2：%3（95% 置信区间 %4），样本量 %5</translation>
        </message>
        <message>
            <source>Small sample (n &lt; 30)</source>
            <translation>小样本（n &lt; 30）</translation>
        </message>
        <message>
            <source>n</source>
            <translation>样本量</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95% 置信区间</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Last five</source>
            <translation>后五位</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>较上期</translation>
        </message>
        <message>
            <source>⚠ small sample (n &lt; 30), read with care. ▲/▼ the change against the previous wave is significant (p &lt; 0.05). The county figure is weighted by township population.</source>
            <translation>⚠ 小样本（n &lt; 30），解读需谨慎。▲/▼ 较上期变化显著（p &lt; 0.05）。全县数值按各乡镇（街道）人口加权。</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>No survey wave yet</source>
            <translation>尚无问卷批次</translation>
        </message>
        <message>
            <source>%1, %2: no figures</source>
            <translation>%1，%2：无数据</translation>
        </message>
        <message>
            <source>%1: no answers</source>
            <translation>%1：无答卷</translation>
        </message>
        <message>
            <source>%1 %2 (%3), n = %4</source>
            <translation>%1 %2（%3），样本量 %4</translation>
        </message>
        <message>
            <source>%1: %2, 95% interval %3, %4 respondents</source>
            <translation>%1：%2，95% 置信区间 %3，受访 %4 人</translation>
        </message>
        <message>
            <source>small sample (n &lt; 30): read with care</source>
            <translation>小样本（n &lt; 30），解读需谨慎</translation>
        </message>
        <message>
            <source>rank %1/%2</source>
            <translation>排名 %1/%2</translation>
        </message>
        <message>
            <source>rank %1 of %2</source>
            <translation>排名第 %1（共 %2 个）</translation>
        </message>
        <message>
            <source>%1 vs previous wave</source>
            <translation>较上期 %1</translation>
        </message>
        <message>
            <source>%1 against the previous wave (significant)</source>
            <translation>较上期 %1（显著）</translation>
        </message>
        <message>
            <source>%1 against the previous wave (not significant)</source>
            <translation>较上期 %1（不显著）</translation>
        </message>
        <message>
            <source>County</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>Rate (%)</source>
            <translation>比率（%）</translation>
        </message>
        <message>
            <source>%1 by wave (shaded: 95 % interval)</source>
            <translation>%1各批次走势（阴影：95% 置信区间）</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1: %2 (95 % interval %3), n = %4</source>
            <translation>%1：%2（95% 置信区间 %3），样本量 %4</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Last five (significant)</source>
            <translation>后五位（显著）</translation>
        </message>
        <message>
            <source>Last five (not significant)</source>
            <translation>后五位（不显著）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1, %2: townships ranked</source>
            <translation>%1，%2：乡镇（街道）排名</translation>
        </message>
        <message>
            <source>p = %1</source>
            <translation>p = %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Significantly below the other townships: %1</source>
            <translation>显著低于其他乡镇（街道）：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Last five, but no significant difference from the other townships: %1</source>
            <translation>居后五位，但与其他乡镇（街道）差异不显著：%1</translation>
        </message>
        <message>
            <source>%1, %2: %3 (%4%)</source>
            <translation>%1，%2：%3（%4%）</translation>
        </message>
        <message>
            <source>%1, %2: answers given</source>
            <translation>%1，%2：答案分布</translation>
        </message>
        <message>
            <source>%1 (weighted)</source>
            <translation>%1（加权）</translation>
        </message>
        <message>
            <source>Small sample (n &lt; 30): read with care</source>
            <translation>小样本（n &lt; 30），解读需谨慎</translation>
        </message>
        <message>
            <source>yes, significantly below the others</source>
            <translation>是，显著低于其他乡镇</translation>
        </message>
        <message>
            <source>yes, no significant difference</source>
            <translation>是，差异不显著</translation>
        </message>
        <message>
            <source>Previous wave: %1 (n = %2)%3</source>
            <translation>上期：%1（样本量 %2）%3</translation>
        </message>
        <message>
            <source>Show a chart to export it.</source>
            <translation>请先显示要导出的图表。</translation>
        </message>
        <message>
            <source>Pingan Command Desk survey chart</source>
            <translation>平安指挥台调查图表</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>p &lt; 0.001</source>
            <translation>p &lt; 0.001</translation>
        </message>
        <message>
            <source>%1 against the other townships</source>
            <translation>与其他乡镇（街道）相比 %1</translation>
        </message>
    </context>
    <context>
        <name>SurveyImport</name>
        <message>
            <source>Respondent key</source>
            <translation>受访者编号</translation>
        </message>
        <message>
            <source>Township / sub-district</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Village / community</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>区划代码</translation>
        </message>
        <message>
            <source>Survey method</source>
            <translation>调查方式</translation>
        </message>
        <message>
            <source>%1:%2: a quoted field starts here and is never closed</source>
            <translation>%1:%2：此处开始的带引号字段没有结束</translation>
        </message>
        <message>
            <source>%1: cannot read the spreadsheet</source>
            <translation>%1：无法读取电子表格</translation>
        </message>
        <message>
            <source>%1: cannot read the spreadsheet: %2</source>
            <translation>%1：无法读取电子表格：%2</translation>
        </message>
        <message>
            <source>%1: the spreadsheet has no sheet</source>
            <translation>%1：电子表格中没有工作表</translation>
        </message>
        <message>
            <source>%1: there is no sheet '%2' (the sheets are: %3)</source>
            <translation>%1：没有工作表“%2”（现有工作表：%3）</translation>
        </message>
        <message>
            <source>%1: an old Excel (.xls) file; save it as .xlsx or CSV</source>
            <translation>%1：是旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV</translation>
        </message>
        <message>
            <source>%1: UTF-16 text; save it as CSV (UTF-8 or GB18030)</source>
            <translation>%1：是 UTF-16 文本，请另存为 CSV（UTF-8 或 GB18030）</translation>
        </message>
        <message>
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <source>%1: this build cannot read GB18030 text</source>
            <translation>%1：本版本程序无法读取 GB18030 文本</translation>
        </message>
        <message>
            <source>the respondent key is empty</source>
            <translation>受访者编号为空</translation>
        </message>
        <message>
            <source>the respondent key is longer than %1 bytes</source>
            <translation>受访者编号超过 %1 字节</translation>
        </message>
        <message>
            <source>'%1' is not a survey method (电话, 面访/入户, 网络/线上/微信)</source>
            <translation>“%1”不是有效的调查方式（电话、面访/入户、网络/线上/微信）</translation>
        </message>
        <message>
            <source>'%1' is not an answer to %2 (%3, or a code 1–%4)</source>
            <translation>“%1”不是“%2”的有效答案（应为 %3，或代码 1–%4）</translation>
        </message>
        <message>
            <source>the row answers no question</source>
            <translation>该行各题均未作答</translation>
        </message>
        <message>
            <source>no township or village has the code '%1'</source>
            <translation>没有区划代码为“%1”的乡镇（街道）或村（社区）</translation>
        </message>
        <message>
            <source>'%1' is not the township of region code %2</source>
            <translation>“%1”不是区划代码 %2 所属的乡镇（街道）</translation>
        </message>
        <message>
            <source>the township is empty</source>
            <translation>乡镇（街道）为空</translation>
        </message>
        <message>
            <source>'%1' fits more than one township; give the full name</source>
            <translation>“%1”与多个乡镇（街道）相符，请填写全称</translation>
        </message>
        <message>
            <source>no township is named '%1'</source>
            <translation>没有名为“%1”的乡镇（街道）</translation>
        </message>
        <message>
            <source>'%1' fits more than one village of %2; give the full name</source>
            <translation>“%1”与%2的多个村（社区）相符，请填写全称</translation>
        </message>
        <message>
            <source>'%1' is not a village or community of %2</source>
            <translation>“%1”不是%2下辖的村（社区）</translation>
        </message>
        <message>
            <source>%1:%2: the header has no column for: %3</source>
            <translation>%1:%2：表头中缺少以下字段的列：%3</translation>
        </message>
        <message>
            <source>%1 is mapped to column %2, but the file has %3</source>
            <translation>%1对应第 %2 列，但文件只有 %3 列</translation>
        </message>
        <message>
            <source>column %1 is mapped to both %2 and %3</source>
            <translation>第 %1 列同时对应“%2”和“%3”</translation>
        </message>
        <message>
            <source>no column is given for: %1</source>
            <translation>未指定以下字段的列：%1</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1：文件为空</translation>
        </message>
        <message>
            <source>no wave is given</source>
            <translation>未指定问卷批次</translation>
        </message>
        <message>
            <source>duplicate respondent key, first on line %1</source>
            <translation>受访者编号重复，首次出现在第 %1 行</translation>
        </message>
    </context>
    <context>
        <name>SurveyImportCommand</name>
        <message>
            <source>%1 → wave %2%3: %4 imported, %5 duplicates (already stored), %6 rejected (%7 s)</source>
            <translation>%1 → 批次 %2%3：导入 %4 份，重复 %5 份（此前已导入），未通过校验 %6 份（用时 %7 秒）</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation>（新建）</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>…另有 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>(--report FILE.json lists them all)</source>
            <translation>（--report FILE.json 可列出全部）</translation>
        </message>
    </context>
    <context>
        <name>SurveyImportDialog</name>
        <message>
            <source>Detect</source>
            <translation>自动检测</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8（带 BOM）</translation>
        </message>
        <message>
            <source>Import survey answers</source>
            <translation>导入问卷</translation>
        </message>
        <message>
            <source>Choose a CSV or XLSX file of answers.</source>
            <translation>请选择问卷答案的 CSV 或 XLSX 文件。</translation>
        </message>
        <message>
            <source>CSV (UTF-8 or GB18030) or XLSX, one row per respondent</source>
            <translation>CSV（UTF-8 或 GB18030）或 XLSX，每行一名受访者</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>e.g. 2026Q3</source>
            <translation>如 2026Q3</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>识别情况</translation>
        </message>
        <message>
            <source>I have checked the marked columns: they are right</source>
            <translation>已核对标出的列，确认无误</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>保存报告…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Wave:</source>
            <translation>问卷批次：</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列对应</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>文件前几行</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>未通过校验的行</translation>
        </message>
        <message>
            <source>Survey answers</source>
            <translation>问卷答案</translation>
        </message>
        <message>
            <source>Survey files (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>问卷文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>Check the marked columns, correct them if need be, and confirm.</source>
            <translation>请核对标出的列，必要时更正，然后确认。</translation>
        </message>
        <message>
            <source>All columns recognised. Name the wave and import.</source>
            <translation>所有列均已识别。请填写问卷批次后导入。</translation>
        </message>
        <message>
            <source>XLSX, sheet %1</source>
            <translation>XLSX，工作表 %1</translation>
        </message>
        <message>
            <source>CSV, %1, header on line %2</source>
            <translation>CSV，%1，表头在第 %2 行</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>chosen by you</source>
            <translation>已手动选择</translation>
        </message>
        <message>
            <source>missing: choose</source>
            <translation>缺失：请选择</translation>
        </message>
        <message>
            <source>unsure: check</source>
            <translation>不确定：请核对</translation>
        </message>
        <message>
            <source>none (left empty)</source>
            <translation>无（留空）</translation>
        </message>
        <message>
            <source>recognised</source>
            <translation>已识别</translation>
        </message>
        <message>
            <source>Name the wave the answers belong to.</source>
            <translation>请填写这些答卷所属的问卷批次。</translation>
        </message>
        <message>
            <source>Importing %1 into %2…</source>
            <translation>正在将 %1 导入批次 %2…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>Import failed; nothing was written: %1</source>
            <translation>导入失败，未写入任何数据：%1</translation>
        </message>
        <message>
            <source>%1: %2 imported, %3 duplicate(s) already stored, %4 rejected.</source>
            <translation>%1：导入 %2 份，%3 份重复（此前已导入），%4 份未通过校验。</translation>
        </message>
        <message>
            <source>The first %1 rejected rows are listed; the report holds all.</source>
            <translation>仅列出前 %1 条未通过校验的行，报告中包含全部。</translation>
        </message>
        <message>
            <source>Importing into %1… %2 rows read</source>
            <translation>正在导入批次 %1… 已读取 %2 行</translation>
        </message>
        <message>
            <source>There is no import to report yet.</source>
            <translation>尚无可生成报告的导入结果。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Save import report</source>
            <translation>保存导入报告</translation>
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation>JSON 报告 (*.json)</translation>
        </message>
        <message>
            <source>Report saved to %1</source>
            <translation>报告已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>SurveyIndicator</name>
        <message>
            <source>Sense of security</source>
            <translation>公众安全感</translation>
        </message>
        <message>
            <source>Public order satisfaction</source>
            <translation>治安满意度</translation>
        </message>
        <message>
            <source>Law enforcement satisfaction</source>
            <translation>执法满意度</translation>
        </message>
        <message>
            <source>Awareness of the safety campaign</source>
            <translation>平安建设知晓率</translation>
        </message>
        <message>
            <source>Participation in the safety campaign</source>
            <translation>平安建设参与率</translation>
        </message>
    </context>
    <context>
        <name>SurveyScheme</name>
        <message>
            <source>'answers' must list 2 to %1 answers</source>
            <translation>答案（answers）须有 2 至 %1 个</translation>
        </message>
        <message>
            <source>'answers' has an empty answer</source>
            <translation>答案（answers）中有空白项</translation>
        </message>
        <message>
            <source>'answers' lists '%1' twice</source>
            <translation>答案（answers）中“%1”重复出现</translation>
        </message>
        <message>
            <source>'weights' must give one weight per answer (%1)</source>
            <translation>分值（weights）须与答案一一对应（%1 个）</translation>
        </message>
        <message>
            <source>'weights' must lie between 0 and 100</source>
            <translation>分值（weights）须在 0 到 100 之间</translation>
        </message>
        <message>
            <source>'positive' must name at least one answer</source>
            <translation>正向回答（positive）至少须有一个</translation>
        </message>
        <message>
            <source>'positive' must leave at least one answer not positive</source>
            <translation>正向回答（positive）不能包括全部答案，至少须留一个非正向答案</translation>
        </message>
        <message>
            <source>'positive' code %1 is not an answer (1..%2)</source>
            <translation>正向回答（positive）中的代码 %1 不是答案编号（1..%2）</translation>
        </message>
        <message>
            <source>'positive' lists code %1 twice</source>
            <translation>正向回答（positive）中代码 %1 重复出现</translation>
        </message>
    </context>
    <context>
        <name>SurveySchemeDialog</name>
        <message>
            <source>Survey scoring scheme</source>
            <translation>测评方案</translation>
        </message>
        <message>
            <source>In force: %1</source>
            <translation>现行方案：%1</translation>
        </message>
        <message>
            <source>Preset: %1</source>
            <translation>预设方案：%1</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>基于：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Rate: the share of answers counted as positive</source>
            <translation>比率：正向回答所占比例</translation>
        </message>
        <message>
            <source>Index: the mean of a weight (0–100) per answer</source>
            <translation>指数：各答案分值（0–100）的平均值</translation>
        </message>
        <message>
            <source>Answer (most positive first)</source>
            <translation>答案（最正向的在前）</translation>
        </message>
        <message>
            <source>Counts as positive</source>
            <translation>计为正向</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>添加答案</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>指标名称：</translation>
        </message>
        <message>
            <source>Scored as:</source>
            <translation>计分口径：</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>SyncDesk</name>
        <message>
            <source>The sync conflicts could not be read:
%1</source>
            <translation>无法读取同步冲突：
%1</translation>
        </message>
        <message>
            <source>Not resolved: %1</source>
            <translation>未处理：%1</translation>
        </message>
        <message>
            <source>Kept the local version of %1. The next sync package takes it to the other node.</source>
            <translation>已保留 %1 的本地版本。下一个同步数据包会将其带到对方节点。</translation>
        </message>
        <message>
            <source>Kept the remote version of %1. The next sync package takes it to the other node.</source>
            <translation>已采用 %1 的对方版本。下一个同步数据包会将其带到对方节点。</translation>
        </message>
        <message>
            <source>Merged %1: the local value in %2 fields, the remote value in %3. The next sync package takes it to the other node.</source>
            <translation>已合并 %1：%2 个字段取本地值，%3 个字段取对方值。下一个同步数据包会将其带到对方节点。</translation>
        </message>
        <message>
            <source>The database is open read-only.</source>
            <translation>数据库以只读方式打开。</translation>
        </message>
        <message>
            <source>damaged or incomplete</source>
            <translation>损坏或不完整</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>未签名</translation>
        </message>
        <message>
            <source>tampered with</source>
            <translation>被篡改</translation>
        </message>
        <message>
            <source>not for this node, or from an untrusted one</source>
            <translation>非本节点或不受信任</translation>
        </message>
        <message>
            <source>imported before</source>
            <translation>重复导入</translation>
        </message>
        <message>
            <source>cannot be imported here</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <source>Export sync package</source>
            <translation>导出同步包</translation>
        </message>
        <message>
            <source>The package is for:</source>
            <translation>同步包发往：</translation>
        </message>
        <message>
            <source>Export sync package for %1</source>
            <translation>导出发往 %1 的同步包</translation>
        </message>
        <message>
            <source>Sync packages (*.pingan-sync);;All files (*)</source>
            <translation>同步包 (*.pingan-sync);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>未导出：%1</translation>
        </message>
        <message>
            <source>Writing the sync package for %1…</source>
            <translation>正在写入发往 %1 的同步包…</translation>
        </message>
        <message>
            <source>Not exported (%1): %2</source>
            <translation>未导出（%1）：%2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote package %1 for %2 with %n changed row(s):
%3</source>
            <translation>
                <numerusform>已写入发往 %2 的第 %1 号同步包，含 %n 条变更记录：
%3</numerusform>
            </translation>
        </message>
        <message>
            <source>Import sync package</source>
            <translation>导入同步包</translation>
        </message>
        <message>
            <source>Checking and importing the sync package…</source>
            <translation>正在校验并导入同步包…</translation>
        </message>
        <message>
            <source>The package was refused (%1): %2</source>
            <translation>同步包被拒绝（%1）：%2</translation>
        </message>
        <message>
            <source>The package could not be imported: %1</source>
            <translation>同步包无法导入：%1</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>数据库未做任何更改。</translation>
        </message>
        <message>
            <source>Package from %1: imported %2, skipped %3, conflicts %4.</source>
            <translation>来自 %1 的同步包：已导入 %2 条，跳过 %3 条，冲突 %4 条。</translation>
        </message>
        <message>
            <source>Rows changed on both nodes wait in the sync conflicts panel.</source>
            <translation>双方节点都修改过的记录已列入“同步冲突”面板，等待处理。</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Export this node's identity</source>
            <translation>导出本节点身份</translation>
        </message>
        <message>
            <source>node-identity-%1.json</source>
            <translation>节点身份-%1.json</translation>
        </message>
        <message>
            <source>Node identities (*.json);;All files (*)</source>
            <translation>节点身份 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Trust a node's identity</source>
            <translation>信任对方身份</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>未写入：%1</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Wrote this node's identity to %1. Give it to the other node to trust.</source>
            <translation>已将本节点身份写入 %1。请交给对方节点导入并信任。</translation>
        </message>
        <message>
            <source>This account may not pair nodes.</source>
            <translation>此账号无权配对节点。</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Not trusted: %1</source>
            <translation>未信任：%1</translation>
        </message>
        <message>
            <source>This node now trusts %1 (%2, %3).</source>
            <translation>本节点已信任 %1（%2，%3）。</translation>
        </message>
        <message>
            <source>This database is not a sync node yet. Make it one in File ▸ Sync ▸ Node and pairing…, or on the command line:
pingan-cli --db %1 node init --role hub|township [--scope CODE] --name NAME</source>
            <translation>本数据库还不是同步节点。请在“文件 ▸ 同步 ▸ 节点与配对…”中设置，或在命令行中初始化：
pingan-cli --db %1 node init --role hub|township [--scope 区划代码] --name 节点名称</translation>
        </message>
        <message>
            <source>This node trusts no other node yet. Trust its identity in File ▸ Sync ▸ Node and pairing…, or on the command line:
pingan-cli --db %1 node trust FILE</source>
            <translation>本节点尚未信任任何其他节点。请在“文件 ▸ 同步 ▸ 节点与配对…”中信任对方的身份文件，或在命令行中执行：
pingan-cli --db %1 node trust 文件</translation>
        </message>
        <message>
            <source>This account may not make this database a sync node.</source>
            <translation>此账号无权将本数据库设为同步节点。</translation>
        </message>
        <message>
            <source>Not made a node: %1</source>
            <translation>未设为同步节点：%1</translation>
        </message>
        <message>
            <source>This database is now the sync node %1 (%2). Export its identity and give it to the other side to trust; then trust theirs.</source>
            <translation>本数据库现为同步节点 %1（%2）。请导出本节点身份交给对方信任，再信任对方的身份。</translation>
        </message>
        <message>
            <source>Cancelled: no package was written.</source>
            <translation>已取消：未写出同步包。</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>已取消：数据未作任何改动。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>UnmaskDialog</name>
        <message>
            <source>Show full numbers</source>
            <translation>显示完整号码</translation>
        </message>
        <message>
            <source>The full ID numbers and phones of %1 are personal data. Say why you need them; the reason is kept in the audit log.</source>
            <translation>%1 的完整身份证号和电话属于个人信息。请说明需要的理由，理由将记入审计日志。</translation>
        </message>
        <message>
            <source>Reason, e.g. calling the applicant back</source>
            <translation>理由，如：回访申请人</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇/街道</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Locked by an administrator</source>
            <translation>已被管理员锁定</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>密码已重置</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Township:</source>
            <translation>乡镇：</translation>
        </message>
        <message>
            <source>Added the account %1.</source>
            <translation>已添加账户 %1。</translation>
        </message>
        <message>
            <source>Locked %1.</source>
            <translation>已锁定 %1。</translation>
        </message>
        <message>
            <source>Unlocked %1.</source>
            <translation>已解锁 %1。</translation>
        </message>
        <message>
            <source>Reset the password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <source>Reset the password of %1; a new one is chosen at the next sign-in.</source>
            <translation>已重置 %1 的密码；下次登录时须设置新密码。</translation>
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>Passwords need at least 8 characters, lockout at least one failure and one minute, and ages and idle times cannot be negative</source>
            <translation>密码至少 8 个字符，锁定至少 1 次失败、1 分钟，有效期和空闲时间不能为负</translation>
        </message>
        <message>
            <source>A login is 2 to 32 letters, digits, '_', '.' or '-', not '%1'</source>
            <translation>登录名须为 2 至 32 个字母、数字、“_”“.”或“-”，而非“%1”</translation>
        </message>
        <message>
            <source>There is already an account '%1'</source>
            <translation>已有账户“%1”</translation>
        </message>
        <message>
            <source>A %1 needs a township (--scope CODE)</source>
            <translation>%1须指定乡镇（--scope 代码）</translation>
        </message>
        <message>
            <source>A %1 works for the whole county and takes no scope</source>
            <translation>%1负责全县，不设辖区</translation>
        </message>
        <message>
            <source>There is no region %1</source>
            <translation>没有区划 %1</translation>
        </message>
        <message>
            <source>The scope %1 is not a township</source>
            <translation>辖区 %1 不是乡镇（街道）</translation>
        </message>
        <message>
            <source>The store already has accounts; the first administrator was created before</source>
            <translation>数据库已有账户，首个管理员此前已创建</translation>
        </message>
        <message>
            <source>The first account must be a system admin (--role admin)</source>
            <translation>首个账户须为系统管理员（--role admin）</translation>
        </message>
        <message>
            <source>There is no account '%1'</source>
            <translation>没有账户“%1”</translation>
        </message>
        <message>
            <source>You cannot lock your own account</source>
            <translation>不能锁定自己的账户</translation>
        </message>
        <message>
            <source>The new password must differ from the old one</source>
            <translation>新密码不能与旧密码相同</translation>
        </message>
        <message>
            <source>Wrong login or password</source>
            <translation>登录名或密码错误</translation>
        </message>
        <message>
            <source>The account '%1' is locked by an administrator</source>
            <translation>账户“%1”已被管理员锁定</translation>
        </message>
        <message>
            <source>The account '%1' is locked after repeated failures until %2</source>
            <translation>账户“%1”因多次登录失败被锁定至 %2</translation>
        </message>
        <message>
            <source>Wrong login or password; the account is now locked for %1 minutes</source>
            <translation>登录名或密码错误；账户已被锁定 %1 分钟</translation>
        </message>
        <message>
            <source>The password of '%1' was reset: choose a new one first (pingan-cli user passwd %1)</source>
            <translation>“%1”的密码已被重置：请先设置新密码（pingan-cli user passwd %1）</translation>
        </message>
        <message>
            <source>The password of '%1' is older than %2 days: choose a new one first (pingan-cli user passwd %1)</source>
            <translation>“%1”的密码已超过 %2 天：请先设置新密码（pingan-cli user passwd %1）</translation>
        </message>
    </context>
    <context>
        <name>UserRole</name>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>值班长</translation>
        </message>
        <message>
            <source>Township clerk</source>
            <translation>乡镇专干</translation>
        </message>
        <message>
            <source>Leader (read only)</source>
            <translation>领导（只读）</translation>
        </message>
        <message>
            <source>System admin</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Security admin</source>
            <translation>安全管理员</translation>
        </message>
        <message>
            <source>Audit admin</source>
            <translation>审计管理员</translation>
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>There must be at least one response band.</source>
            <translation>至少需要一个响应圈。</translation>
        </message>
        <message>
            <source>Each response band must be a positive number of minutes.</source>
            <translation>每个响应圈都必须是正的分钟数。</translation>
        </message>
        <message>
            <source>The response bands must be in ascending order.</source>
            <translation>响应圈须按从小到大排列。</translation>
        </message>
        <message>
            <source>The detour factor must be at least 1.</source>
            <translation>绕行系数不能小于 1。</translation>
        </message>
        <message>
            <source>The walk-in distance must not be negative.</source>
            <translation>步行接入距离不能为负数。</translation>
        </message>
        <message>
            <source>The road snapping distance must be more than 0 metres.</source>
            <translation>道路捕捉距离必须大于 0 米。</translation>
        </message>
        <message>
            <source>The speed of a new platform must be more than 0 km/h.</source>
            <translation>新平台的速度必须大于 0 公里/小时。</translation>
        </message>
    </context>
</TS>
