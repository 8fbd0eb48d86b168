//===- Names.cpp - Match declarations against rule-pack names -------------===//
#include "Names.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace txscope {

/// The plain name of \p D; identifiers need no printing policy (building
/// one constructs a LangOptions, which dominates a profile otherwise).
static std::string plainName(const NamedDecl &D) {
  if (const IdentifierInfo *Id = D.getIdentifier())
    return Id->getName().str();
  return D.getNameAsString();
}

std::string qualifiedName(const NamedDecl &D) {
  llvm::SmallVector<std::string, 4> Parts;
  Parts.push_back(plainName(D));
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(plainName(*NS));
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Parts.push_back(plainName(*RD));
    } else if (const auto *ED = dyn_cast<EnumDecl>(DC)) {
      if (ED->isScoped())
        Parts.push_back(plainName(*ED));
    }
  }
  std::string Result;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Result.empty())
      Result += "::";
    Result += *It;
  }
  return Result;
}

llvm::StringRef QualifiedNameCache::get(const NamedDecl &D) {
  auto It = Names.find(&D);
  if (It == Names.end())
    It = Names.try_emplace(&D, qualifiedName(D)).first;
  return It->second;
}

/// The declaration a lookup result stands for, seen through using-declarations,
/// aliases and templates.
static const Decl *underlyingDecl(const NamedDecl *D) {
  if (const auto *Shadow = dyn_cast<UsingShadowDecl>(D))
    D = Shadow->getTargetDecl();
  if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(D))
    return Alias->getNamespace();
  if (const auto *TD = dyn_cast<TypedefNameDecl>(D)) {
    if (const auto *RD = TD->getUnderlyingType()->getAsCXXRecordDecl()) {
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
        return Spec->getSpecializedTemplate()->getTemplatedDecl();
      return RD;
    }
    return TD;
  }
  if (const auto *Template = dyn_cast<TemplateDecl>(D))
    if (const NamedDecl *Templated = Template->getTemplatedDecl())
      return Templated;
  return D;
}

DeclName::DeclName(llvm::StringRef QualifiedName, ASTContext &Ctx, QualifiedNameCache *Cache)
    : Name(QualifiedName.str()), Cache(Cache) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  llvm::SmallVector<const DeclContext *, 4> Scopes{Ctx.getTranslationUnitDecl()};
  for (size_t I = 0; I < Parts.size() && !Scopes.empty(); ++I) {
    DeclarationName Component(&Ctx.Idents.get(Parts[I]));
    bool Last = I + 1 == Parts.size();
    llvm::SmallVector<const DeclContext *, 4> Next;
    for (const DeclContext *Scope : Scopes) {
      for (const NamedDecl *Found : Scope->lookup(Component)) {
        const Decl *Target = underlyingDecl(Found);
        if (!Target)
          continue;
        if (Last)
          Resolved.insert(Target->getCanonicalDecl());
        else if (const auto *DC = dyn_cast<DeclContext>(Target))
          Next.push_back(DC->getPrimaryContext());
      }
    }
    Scopes = std::move(Next);
  }
}

bool DeclName::matches(const NamedDecl &D) const {
  const Decl *Pattern = &D;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&D))
    Pattern = Spec->getSpecializedTemplate()->getTemplatedDecl();
  else if (const auto *FD = dyn_cast<FunctionDecl>(&D))
    if (const FunctionTemplateDecl *Primary = FD->getPrimaryTemplate())
      Pattern = Primary->getTemplatedDecl();
  if (Resolved.count(Pattern->getCanonicalDecl()) || Resolved.count(D.getCanonicalDecl()))
    return true;
  const auto &Named = cast<NamedDecl>(*Pattern);
  return Cache ? Cache->get(Named) == Name : qualifiedName(Named) == Name;
}

bool DeclName::matchesClassOrBase(const CXXRecordDecl &RD) const {
  if (matches(RD))
    return true;
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return false;
  for (const CXXBaseSpecifier &Base : Def->bases()) {
    const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    if (BaseDecl && matchesClassOrBase(*BaseDecl))
      return true;
  }
  return false;
}

} // namespace txscope
