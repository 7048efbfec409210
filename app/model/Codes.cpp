#include "Codes.h"

namespace psv {

#define PSV_CODES(E, kind, ...)                                                                                        \
    template<> std::span<const CodeEntry<E>> codeTable<E>()                                                            \
    {                                                                                                                  \
        static const CodeEntry<E> table[] = {__VA_ARGS__};                                                             \
        return table;                                                                                                  \
    }                                                                                                                  \
    template<> const char *codeKind<E>()                                                                               \
    {                                                                                                                  \
        return kind;                                                                                                   \
    }

PSV_CODES(PlaceCategory, QT_TRANSLATE_NOOP("Codes", "place category"),
    {PlaceCategory::Art7_1, "art7-1",
        QT_TRANSLATE_NOOP("Codes", "Public area built by the government (Regulation Art. 7 para. 1)")},
    {PlaceCategory::Art7_2_1, "art7-2-1",
        QT_TRANSLATE_NOOP("Codes", "Crowded place (Regulation Art. 7 para. 2 item 1)")},
    {PlaceCategory::Art7_2_2, "art7-2-2",
        QT_TRANSLATE_NOOP("Codes", "Transport hub (Regulation Art. 7 para. 2 item 2)")},
    {PlaceCategory::Art7_2_3, "art7-2-3",
        QT_TRANSLATE_NOOP("Codes", "Large or medium public transport vehicle (Regulation Art. 7 para. 2 item 3)")},
    {PlaceCategory::Art7_2_4, "art7-2-4",
        QT_TRANSLATE_NOOP("Codes", "Service area (Regulation Art. 7 para. 2 item 4)")},
    {PlaceCategory::Art9, "art9", QT_TRANSLATE_NOOP("Codes", "Other public place (Regulation Art. 9)")})

PSV_CODES(UnitType, QT_TRANSLATE_NOOP("Codes", "unit type"),
    {UnitType::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Codes", "Enterprise")},
    {UnitType::Government, "government", QT_TRANSLATE_NOOP("Codes", "Government organ")},
    {UnitType::Institution, "institution", QT_TRANSLATE_NOOP("Codes", "Public institution")},
    {UnitType::Individual, "individual", QT_TRANSLATE_NOOP("Codes", "Individual")},
    {UnitType::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other organisation")})

PSV_CODES(InspectionKind, QT_TRANSLATE_NOOP("Codes", "inspection kind"),
    {InspectionKind::General, "general", QT_TRANSLATE_NOOP("Codes", "General inspection (Rules Art. 10 items 1-7)")},
    {InspectionKind::Professional, "professional",
        QT_TRANSLATE_NOOP("Codes", "Professional inspection (Rules Art. 10 items 8-13)")},
    {InspectionKind::Art12Focus, "art12-focus",
        QT_TRANSLATE_NOOP("Codes", "Focused inspection of another public place (Rules Art. 12)")})

PSV_CODES(InspectionTrigger, QT_TRANSLATE_NOOP("Codes", "inspection trigger"),
    {InspectionTrigger::Routine, "routine", QT_TRANSLATE_NOOP("Codes", "Routine inspection")},
    {InspectionTrigger::Report, "report", QT_TRANSLATE_NOOP("Codes", "Verification of a report (Rules Art. 16)")},
    {InspectionTrigger::Reinspection, "reinspection", QT_TRANSLATE_NOOP("Codes", "Re-inspection (Rules Art. 15)")})

PSV_CODES(InspectionStatus, QT_TRANSLATE_NOOP("Codes", "inspection status"),
    {InspectionStatus::Draft, "draft", QT_TRANSLATE_NOOP("Codes", "Draft")},
    {InspectionStatus::Completed, "completed", QT_TRANSLATE_NOOP("Codes", "Completed")},
    {InspectionStatus::Sealed, "sealed", QT_TRANSLATE_NOOP("Codes", "Sealed")},
    {InspectionStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Codes", "Submitted")},
    {InspectionStatus::Approved, "approved", QT_TRANSLATE_NOOP("Codes", "Approved")},
    {InspectionStatus::Returned, "returned", QT_TRANSLATE_NOOP("Codes", "Returned")})

PSV_CODES(ItemStatus, QT_TRANSLATE_NOOP("Codes", "item status"),
    {ItemStatus::Compliant, "compliant", QT_TRANSLATE_NOOP("Codes", "Compliant")},
    {ItemStatus::NonCompliant, "non-compliant", QT_TRANSLATE_NOOP("Codes", "Non-compliant")},
    {ItemStatus::NotApplicable, "not-applicable", QT_TRANSLATE_NOOP("Codes", "Not applicable")},
    {ItemStatus::NotChecked, "not-checked", QT_TRANSLATE_NOOP("Codes", "Not checked")})

PSV_CODES(OrderKind, QT_TRANSLATE_NOOP("Codes", "order kind"),
    {OrderKind::Correction, "correction", QT_TRANSLATE_NOOP("Codes", "Order to correct")},
    {OrderKind::CorrectionDeadline, "correction-deadline",
        QT_TRANSLATE_NOOP("Codes", "Order to correct within a time limit")},
    {OrderKind::PenaltyProposal, "penalty-proposal",
        QT_TRANSLATE_NOOP("Codes", "Proposal for an administrative penalty")},
    {OrderKind::Referral, "referral", QT_TRANSLATE_NOOP("Codes", "Referral")})

PSV_CODES(OrderStatus, QT_TRANSLATE_NOOP("Codes", "order status"),
    {OrderStatus::Open, "open", QT_TRANSLATE_NOOP("Codes", "Open")},
    {OrderStatus::Corrected, "corrected", QT_TRANSLATE_NOOP("Codes", "Corrected")},
    {OrderStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("Codes", "Overdue")},
    {OrderStatus::Escalated, "escalated", QT_TRANSLATE_NOOP("Codes", "Escalated")})

PSV_CODES(OfficerRole, QT_TRANSLATE_NOOP("Codes", "officer role"),
    {OfficerRole::Station, "station", QT_TRANSLATE_NOOP("Codes", "Police station officer")},
    {OfficerRole::Tech, "tech", QT_TRANSLATE_NOOP("Codes", "Technology and informatization officer")},
    {OfficerRole::Reviewer, "reviewer", QT_TRANSLATE_NOOP("Codes", "Reviewer")},
    {OfficerRole::Admin, "admin", QT_TRANSLATE_NOOP("Codes", "Administrator")})

PSV_CODES(FilingStatus, QT_TRANSLATE_NOOP("Codes", "filing status"),
    {FilingStatus::NotFiled, "not-filed", QT_TRANSLATE_NOOP("Codes", "Not filed")},
    {FilingStatus::Filed, "filed", QT_TRANSLATE_NOOP("Codes", "Filed")})

#undef PSV_CODES

} // namespace psv
