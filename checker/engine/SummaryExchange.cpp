//===- SummaryExchange.cpp - Summaries between the txscope command and its checks ===//
#include "SummaryExchange.h"

namespace txscope {

static thread_local SummaryExchange *Current = nullptr;

SummaryExchange *SummaryExchange::forThisThread() { return Current; }

SummaryExchange::Scope::Scope(SummaryExchange &Exchange) : Previous(Current) { Current = &Exchange; }

SummaryExchange::Scope::~Scope() { Current = Previous; }

} // namespace txscope
