/// The words of document headers the metadata reader looks for.
extension MetadataExtractor {
    enum W {
        static let wenjian = s("文件")
        static let guanyu = s("关于")
        static let tongzhi = s("通知")
        /// Last words of a notice title: a plan is issued by 通知, a draft put out for comment by
        /// 公告, 通告, 启事 or 函.
        static let noticeKinds: [Scalars] = ["通知", "公告", "通告", "启事", "的函"].map(s)
        static let deTongzhi = s("的通知")
        static let signer = s("签发人")
        /// Web-page metadata labels ("发文字号：…", "成文日期：…", "发文机关：…").
        static let titleLabels: [Scalars] = ["标题：", "名称：", "题目："].map(s)
        static let numberFieldLabels: [Scalars] = ["发文字号：", "文号：", "文件编号：", "发文编号："].map(s)
        static let dateFieldLabels: [Scalars] = ["成文日期：", "成文时间：", "印发日期：", "发文日期：", "签发日期："].map(s)
        static let issuerFieldLabels: [Scalars] = [
            "发文机关：", "发布机构：", "发文单位：", "制发机关：", "发文机构：", "发布单位：",
        ].map(s)
        static let fieldNames: [Scalars] = [
            "索引号", "发文字号", "文号", "成文日期", "成文时间", "发布日期", "发布时间", "主题分类", "公开方式",
            "有效性", "生成日期", "分类", "标题", "名称", "主题词", "体裁", "公开范围", "文件编号", "效力",
            "来源", "发文机关", "发布机构", "信息来源",
        ].map(s)
        static let attachment = s("附件")
        static let gongkai = s("公开")
        static let yinfa = s("印发")
        static let yin = s("印")
        static let numberLabels: [Scalars] = ["发文字号：", "文号：", "字号："].map(s)
        static let noticeVerbs: [Scalars] = ["公开征求", "征求", "印发", "下发", "转发", "公布", "发布", "颁发"].map(s)
        static let noticeNotTitle: [Scalars] = ["关于印发", "关于转发", "关于下发", "的通知"].map(s)
        static let draftWords: [Scalars] = [
            "征求意见稿", "意见征求稿", "送审稿", "讨论稿", "草案", "代拟稿", "草稿", "初稿", "审议稿",
        ].map(s)
        static let solicit = s("征求意见")
        /// Last words of a plan title. Why a list: a plan names its own kind last, and these are
        /// the kinds 政务公开 plans use (要点 and its 分工方案/实施方案/任务分解…).
        static let titleEndings: [Scalars] = [
            "工作要点", "要点", "分工方案", "实施方案", "工作方案", "落实方案", "推进方案", "方案",
            "工作安排", "安排", "任务分解表", "任务分解", "分解表", "工作计划", "计划", "任务清单",
            "责任清单", "清单", "重点任务", "工作任务", "任务表", "任务", "责任分工", "任务分工",
            "分工表", "台账", "实施意见", "细则",
        ].map(s)
        /// Openings of sentences, never of titles; guards the flattened-title search.
        static let sentenceOpeners: [Scalars] = [
            "本工作", "本要点", "本方案", "本单位", "本地区", "制定", "现将", "按照", "根据", "依据", "为",
            "经研究", "请", "对", "把", "结合", "各",
        ].map(s)
        /// Where a place name in a title ends and the rest of the title begins.
        static let placeStops: [Scalars] = [
            "政务公开", "政府信息公开", "信息公开", "政务", "贯彻", "落实", "推进", "关于", "深化",
            "进一步", "全面", "年度", "工作要点", "做好", "开展", "加强", "人民政府", "政府",
        ].map(s)
        /// Organ words: the end of a place name inside an issuer ("…开发区党政办公室").
        static let organWords: [Scalars] = [
            "人民", "政府", "办公", "党政", "党委", "委员", "管委", "领导", "政务", "信息", "工作", "公开",
        ].map(s)
        static let zoneSuffixes: [Scalars] = [
            "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "开发区", "新区", "园区",
            "试验区", "实验区", "保税区", "示范区", "合作区", "自贸区", "功能区",
        ].map(s)
        static let municipalities: [Scalars] = ["北京市", "天津市", "上海市", "重庆市", "北京", "天津", "上海", "重庆"].map(s)
        static let countyCity = s("县级市")
        static let falseUnitsAfter: [Scalars] = [
            "市场", "市民", "市直", "市属", "市级", "区域", "区直", "区属", "区级", "县域", "县级", "县直", "县属",
        ].map(s)
        static let falseUnitsBefore: [Scalars] = ["城市", "社区", "辖区", "城区", "街区", "小区", "景区"].map(s)

        static func s(_ x: String) -> Scalars { Array(x.unicodeScalars) }
    }
}
