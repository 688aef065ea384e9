<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <source>There is no user '%1'</source>
            <translation>没有用户“%1”</translation>
        </message>
        <message>
            <source>The user '%1' is disabled</source>
            <translation>用户“%1”已停用</translation>
        </message>
        <message>
            <source>The user '%1' has no known role</source>
            <translation>用户“%1”没有有效角色</translation>
        </message>
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
</TS>
