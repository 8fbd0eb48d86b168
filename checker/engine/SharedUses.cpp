//===- SharedUses.cpp - Where an execution uses a transaction or connection ===//
#include "SharedUses.h"
#include "AstUtil.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace txscope {

namespace {
/// Callees are followed this many calls deep from a task's or the starter's code.
constexpr unsigned MaxCalleeDepth = 3;
/// Stands for a library's default connection (`QSqlQuery q;`).
const char DefaultConnection[] = "(default connection)";

/// The call an object expression starts from (`Manager::instance()` in
/// `Manager::instance()->database()`), or null.
const CallExpr *rootCall(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      E = Member->getBase();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getNumArgs() != 1)
        return nullptr;
      E = Op->getArg(0);
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      E = Call->getImplicitObjectArgument();
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      E = Unary->getSubExpr();
    } else {
      return dyn_cast<CallExpr>(E);
    }
  }
  return nullptr;
}

/// The string literal \p E is or wraps (`"main"`, `QStringLiteral("main")`,
/// `QString("main")`), or null.
const StringLiteral *literalIn(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal;
  for (const Stmt *Child : E->children()) {
    const auto *ChildExpr = dyn_cast_or_null<Expr>(Child);
    if (const StringLiteral *Literal = ChildExpr ? literalIn(ChildExpr) : nullptr)
      return Literal;
  }
  return nullptr;
}

const Expr *objectOf(const CallExpr &Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  return nullptr;
}

bool isThisObject(const Expr *Object) {
  return Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts());
}
} // namespace

/// One walk over the code of one execution.
class SharedUseScanner::Walk {
public:
  /// \p Owner is the function whose own locals and parameters are private to
  /// the execution (a task's lambda, a callee); null for the starter, whose
  /// variables are what tasks share with it.
  Walk(SharedUseScanner &Scanner, const ParentMap &PM, const Decl *Owner, bool InTask,
       unsigned Depth, std::vector<SharedUse> &Out)
      : Scanner(Scanner), PM(PM), Owner(Owner), InTask(InTask), Depth(Depth), Out(Out) {}

  const llvm::SmallPtrSetImpl<const Stmt *> *Skip = nullptr;

  void walk(const Stmt *S) {
    if (!S || (Skip && Skip->count(S)))
      return;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      // What a capture names is used where the body uses it (a captured
      // variable is named by the body); only an init-capture's initialiser
      // runs here, and a task's is read where the body uses its copy.
      auto Init = Lambda->capture_init_begin();
      for (auto C = Lambda->capture_begin(); C != Lambda->capture_end(); ++C, ++Init)
        if (!InTask && C->capturesVariable() && isa<VarDecl>(C->getCapturedVar()) &&
            cast<VarDecl>(C->getCapturedVar())->isInitCapture())
          walk(*Init);
      // Its body runs in a task only when the lambda is the task's callable.
      if (InTask && Lambda->getCallOperator() && Lambda->getBody()) {
        Walk Body(Scanner, Scanner.parentMapOf(*Lambda->getBody()), Lambda->getCallOperator(),
                  true, Depth, Out);
        Body.walk(Lambda->getBody());
      }
      return;
    }
    if (const auto *E = dyn_cast<Expr>(S)) {
      if (recordUse(*E))
        return;
      if (InTask)
        followCallable(*E);
      if (const auto *Call = dyn_cast<CallExpr>(E))
        followCallee(*Call);
    }
    for (const Stmt *Child : S->children())
      walk(Child);
  }

private:
  /// Records \p E when its value is a shared transaction or connection;
  /// then only its arguments are walked (true returned).
  bool recordUse(const Expr &E) {
    if (isa<CXXThisExpr>(E.IgnoreParenImpCasts()))
      return false; // `this` itself is no use: the members it reaches are
    ConcurrentUse Mode = Scanner.modeOf(E.getType());
    // A class holding a connection in a field is the connection only where
    // it goes whole somewhere unseen; a method called on it uses what that
    // method uses. A holder of a thread-bound connection is not bound to a
    // thread itself: only a use of the connection is.
    if (Mode == ConcurrentUse::Unspecified ||
        (Scanner.isHolder(E.getType()) && (isCalledOn(E) || Mode == ConcurrentUse::ThreadBound)))
      return false;
    std::string Name;
    std::optional<Place> P = sharedPlace(E, Name);
    if (!P)
      return false;
    add(*P, std::move(Name), E, E.getExprLoc(), Mode, PlaceSet());
    if (const auto *Call = dyn_cast<CallExpr>(&E))
      for (const Expr *Arg : Call->arguments())
        walk(Arg);
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&E))
      for (const Expr *Arg : Construct->arguments())
        walk(Arg);
    return true;
  }

  /// Whether a method is called on \p E (`holder->method()`): the call's
  /// callee then says what it uses (followCallee).
  bool isCalledOn(const Expr &E) const {
    const Stmt *Parent = PM.getParent(&E);
    while (Parent && (isa<ImplicitCastExpr>(Parent) || isa<ParenExpr>(Parent)))
      Parent = PM.getParent(Parent);
    const auto *Member = dyn_cast_or_null<MemberExpr>(Parent);
    return Member && isa<CXXMethodDecl>(Member->getMemberDecl());
  }

  void add(const Place &P, std::string Name, const Expr &Anchor, SourceLocation Loc,
           ConcurrentUse Mode, const PlaceSet &MoreLocks) {
    SharedUse U;
    U.Where = P;
    U.Name = std::move(Name);
    U.Loc = Loc;
    U.Anchor = &Anchor;
    U.Mode = Mode;
    U.Locks = MoreLocks;
    addLocksAt(Anchor, U.Locks);
    Out.push_back(std::move(U));
  }

  /// The mutexes held over \p S: by scoped locks declared before it in its
  /// enclosing blocks (and not unlocked since), or locked by hand
  /// (`m.lock()` before it in the same block, not unlocked since).
  void addLocksAt(const Stmt &S, PlaceSet &Locks) const {
    const Stmt *Child = &S;
    for (const Stmt *Parent = PM.getParent(Child); Parent; Child = Parent, Parent = PM.getParent(Parent)) {
      const auto *Block = dyn_cast<CompoundStmt>(Parent);
      if (!Block)
        continue;
      // What each lock variable or mutex locked by hand holds, in order.
      llvm::SmallVector<std::pair<Place, PlaceSet>, 2> Held;
      llvm::SmallVector<std::pair<Place, PlaceSet>, 2> Released;
      for (const Stmt *Earlier : Block->body()) {
        if (Earlier == Child)
          break;
        if (const auto *Decls = dyn_cast<DeclStmt>(Earlier))
          for (const Decl *D : Decls->decls())
            if (const auto *Lock = dyn_cast<VarDecl>(D))
              addScopedLock(*Lock, Held);
        if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(isa<Expr>(Earlier) ? cast<Expr>(Earlier)->IgnoreImplicit() : nullptr))
          lockedOrUnlocked(*Call, Held, Released);
      }
      for (const auto &Entry : Held)
        Locks.insertAll(Entry.second);
    }
  }

  void addScopedLock(const VarDecl &Lock,
                     llvm::SmallVectorImpl<std::pair<Place, PlaceSet>> &Held) const {
    if (!Lock.getInit() || !Scanner.Model.isLockType(Lock.getType()))
      return;
    const auto *Construct = dyn_cast<CXXConstructExpr>(Lock.getInit()->IgnoreImplicit());
    if (!Construct || constructedUnlocked(*Construct))
      return;
    PlaceSet Mutexes;
    for (const Expr *Mutex : Construct->arguments())
      if (std::optional<Place> M = placeOf(Mutex))
        Mutexes.insert(*M);
    Held.push_back({Place::of(&Lock), std::move(Mutexes)});
  }

  /// `lock.unlock()` / `lock.lock()` on a scoped lock, `m.lock()` /
  /// `m.unlock()` on a mutex.
  static void lockedOrUnlocked(const CXXMemberCallExpr &Call,
                               llvm::SmallVectorImpl<std::pair<Place, PlaceSet>> &Held,
                               llvm::SmallVectorImpl<std::pair<Place, PlaceSet>> &Released) {
    const CXXMethodDecl *Method = Call.getMethodDecl();
    std::optional<Place> Object = placeOf(Call.getImplicitObjectArgument());
    if (!Method || !Method->getIdentifier() || !Object || Call.getNumArgs() != 0)
      return;
    auto Find = [&](llvm::SmallVectorImpl<std::pair<Place, PlaceSet>> &In) {
      return llvm::find_if(In, [&](const auto &Entry) { return Entry.first == *Object; });
    };
    if (Method->getName() == "unlock") {
      auto It = Find(Held);
      if (It != Held.end()) {
        Released.push_back(*It);
        Held.erase(It);
      }
    } else if (Method->getName() == "lock") {
      auto It = Find(Released);
      if (It != Released.end()) {
        Held.push_back(*It);
        Released.erase(It);
      } else if (Find(Held) == Held.end()) {
        PlaceSet Mutex; // a mutex locked by hand
        Mutex.insert(*Object);
        Held.push_back({*Object, std::move(Mutex)});
      }
    }
  }

  /// A lock constructed without locking (`std::unique_lock l(m, std::defer_lock)`).
  static bool constructedUnlocked(const CXXConstructExpr &Construct) {
    return llvm::any_of(Construct.arguments(), [](const Expr *Arg) {
      const CXXRecordDecl *Tag = Arg->getType()->getAsCXXRecordDecl();
      return Tag && Tag->getIdentifier() && Tag->getName() == "defer_lock_t";
    });
  }

  /// Whether \p V belongs to this execution alone.
  bool isPrivate(const ValueDecl &V) const {
    if (const auto *Var = dyn_cast<VarDecl>(&V)) {
      if (Var->getTLSKind() != VarDecl::TLS_None)
        return true; // each thread has its own
      if (Var->hasGlobalStorage())
        return false;
    }
    return Owner && V.getDeclContext() == dyn_cast<DeclContext>(Owner);
  }

  /// The place \p E names when other executions can reach it too, and its name.
  std::optional<Place> sharedPlace(const Expr &E, std::string &Name) const {
    if (const Expr *Default = defaultConnectionArgument(E)) {
      const CXXRecordDecl *Type = Default->getType()->getAsCXXRecordDecl();
      Place P = Place::of(Type ? Type->getCanonicalDecl() : nullptr);
      P.Fields.push_back(DefaultConnection);
      Name = "the default connection";
      return P;
    }
    std::optional<Place> P = placeOf(&E);
    if (!P || (P->isThis() && P->Fields.empty()) || throughPerThread(E) || isNewObject(E))
      return std::nullopt;
    if (const auto *Var = dyn_cast_or_null<VarDecl>(P->Root)) {
      if (Var->isInitCapture()) {
        // [db = m_db]: the copy is made from what the starter shares.
        std::string Ignored;
        const Expr *Init = Var->getInit();
        std::optional<Place> From = Init ? sharedPlace(*Init, Ignored) : std::nullopt;
        if (!From)
          return std::nullopt;
        From->Fields.append(P->Fields.begin(), P->Fields.end());
        P = From;
      } else if (isPrivate(*Var)) {
        return std::nullopt;
      }
    } else if (const auto *Accessor = dyn_cast_or_null<FunctionDecl>(P->Root)) {
      const CallExpr *Call = rootCall(&E);
      if (!Call || !sharedAccessor(*Accessor, *Call, *P))
        return std::nullopt;
    } else if (const auto *Binding = dyn_cast_or_null<BindingDecl>(P->Root)) {
      if (isPrivate(*Binding))
        return std::nullopt;
    } else if (P->Root) {
      return std::nullopt;
    }
    Name = Scanner.spelling(E, *P);
    if (!P->Fields.empty() && P->Fields.front() == DefaultConnection)
      Name = "the default connection";
    return P;
  }

  /// Whether the method \p E calls returns a new object by value
  /// (`cluster.Begin()`, `client.start_session()`) rather than a part of its
  /// object. A thread-bound handle returned by value still names the
  /// connection it was made from (`manager->database()` copies a QSqlDatabase).
  bool isNewObject(const Expr &E) const {
    const auto *Call = dyn_cast<CXXMemberCallExpr>(E.IgnoreParenImpCasts());
    if (!Call || Call->getType()->isReferenceType() || Call->isGLValue() ||
        Call->getType()->isPointerType())
      return false;
    return Scanner.modeOf(Call->getType()) != ConcurrentUse::ThreadBound;
  }

  /// Whether \p E is taken from a per-thread container
  /// (`perThread.local()`): each thread's is its own.
  bool throughPerThread(const Expr &E) const {
    for (const Expr *Object = &E; Object;) {
      Object = Object->IgnoreParenImpCasts();
      if (Scanner.Model.isPerThreadType(Object->getType().getNonReferenceType()))
        return true;
      if (const auto *Member = dyn_cast<MemberExpr>(Object))
        Object = Member->getBase();
      else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Object))
        Object = Call->getImplicitObjectArgument();
      else
        return false;
    }
    return false;
  }

  /// Whether the connection \p Call returns is one other executions share: a
  /// reference or pointer (a singleton), or a library accessor asked for a
  /// connection by a literal name or the default one. Adds the name to \p P.
  bool sharedAccessor(const FunctionDecl &Accessor, const CallExpr &Call, Place &P) const {
    if (Scanner.Model.isConnectionAccessor(Accessor)) {
      if (Call.getNumArgs() == 0 || isa<CXXDefaultArgExpr>(Call.getArg(0)->IgnoreImplicit())) {
        P.Fields.insert(P.Fields.begin(), DefaultConnection);
        return true;
      }
      const StringLiteral *Literal = literalIn(Call.getArg(0));
      if (!Literal)
        return false; // a name made at run time: a connection per thread
      P.Fields.insert(P.Fields.begin(), Literal->getBytes());
      return true;
    }
    QualType Returned = Accessor.getReturnType();
    return Returned->isReferenceType() || Returned->isPointerType();
  }

  /// The default argument standing for the library's default connection in
  /// a construction (`QSqlQuery q;` is `QSqlQuery(QString(), QSqlDatabase())`).
  const Expr *defaultConnectionArgument(const Expr &E) const {
    const auto *Construct = dyn_cast<CXXConstructExpr>(E.IgnoreImplicit());
    if (!Construct)
      return nullptr;
    for (const Expr *Arg : Construct->arguments())
      if (isa<CXXDefaultArgExpr>(Arg) && Arg->getType()->getAsCXXRecordDecl() &&
          Scanner.Model.concurrentUse(Arg->getType()) != ConcurrentUse::Unspecified)
        return Arg;
    return nullptr;
  }

  /// In a task: a function or a method bound to `this` passed as its callable.
  void followCallable(const Expr &E) {
    const FunctionDecl *Callable = nullptr;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&E))
      Callable = dyn_cast<FunctionDecl>(Ref->getDecl());
    if (Callable && !isa<CXXMethodDecl>(Callable))
      merge(*Callable, E, nullptr, /*ThroughThis=*/false);
    else if (const auto *Unary = dyn_cast<UnaryOperator>(&E))
      if (Unary->getOpcode() == UO_AddrOf)
        if (const auto *Method = dyn_cast<DeclRefExpr>(Unary->getSubExpr()->IgnoreParenImpCasts()))
          if (const auto *M = dyn_cast<CXXMethodDecl>(Method->getDecl()); M && !M->isStatic()) {
            // std::thread(&X::f, this), QtConcurrent::run(object, &X::f)
            const Expr *Object = boundObject(E, *M);
            merge(*M, E, Object, !Object || isThisObject(Object));
          }
  }

  /// The object a member-function pointer \p Pointer is called on: the
  /// argument of the call it is passed to whose type is \p Method's class.
  const Expr *boundObject(const Expr &Pointer, const CXXMethodDecl &Method) const {
    const Stmt *Parent = PM.getParent(&Pointer);
    while (Parent && (isa<ImplicitCastExpr>(Parent) || isa<ParenExpr>(Parent) ||
                      isa<MaterializeTemporaryExpr>(Parent)))
      Parent = PM.getParent(Parent);
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent))
      Args = llvm::ArrayRef<const Expr *>(Call->getArgs(), Call->getNumArgs());
    else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Parent))
      Args = llvm::ArrayRef<const Expr *>(Construct->getArgs(), Construct->getNumArgs());
    const CXXRecordDecl *Class = Method.getParent();
    for (const Expr *Arg : Args) {
      QualType T = Arg->IgnoreParenImpCasts()->getType().getNonReferenceType();
      if (T->isPointerType())
        T = T->getPointeeType();
      const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
      if (Record && Class &&
          (Record->getCanonicalDecl() == Class->getCanonicalDecl() ||
           (Record->hasDefinition() && Record->isDerivedFrom(Class))))
        return Arg;
    }
    return nullptr;
  }

  /// The uses of a function the code calls.
  void followCallee(const CallExpr &Call) {
    const FunctionDecl *Callee = Call.getDirectCallee();
    if (!Callee || isa<CXXOperatorCallExpr>(Call))
      return;
    const Expr *Object = objectOf(Call);
    merge(*Callee, Call, Object, isThisObject(Object));
  }

  /// Adds \p Callee's uses, as seen from a call (or callable) \p At made on
  /// \p Object (`this` when \p ThroughThis).
  void merge(const FunctionDecl &Callee, const Expr &At, const Expr *Object, bool ThroughThis) {
    if (Depth >= MaxCalleeDepth)
      return;
    std::optional<Place> ObjectPlace;
    std::string ObjectName;
    if (Object && !ThroughThis)
      ObjectPlace = sharedPlace(*Object, ObjectName);
    for (const SharedUse &Inner : Scanner.calleeUses(Callee, Depth + 1)) {
      Place P = Inner.Where;
      std::string Name = Inner.Name;
      if (P.isThis()) { // a member of the object the call is made on
        if (!ThroughThis && !ObjectPlace)
          continue;
        if (ObjectPlace) {
          Place Mapped = *ObjectPlace;
          Mapped.Fields.append(P.Fields.begin(), P.Fields.end());
          P = Mapped;
          Name = "'" + P.name() + "'";
        }
      }
      // The starter's uses happen at the call; a task's are shown where they are.
      add(P, std::move(Name), At, InTask ? Inner.Loc : At.getExprLoc(), Inner.Mode, Inner.Locks);
    }
  }

  SharedUseScanner &Scanner;
  const ParentMap &PM;
  const Decl *Owner;
  bool InTask;
  unsigned Depth;
  std::vector<SharedUse> &Out;
};

SharedUseScanner::~SharedUseScanner() = default;

std::string SharedUseScanner::spelling(const Expr &E, const Place &P) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const Expr *Spelled = E.IgnoreImplicit();
  if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Spelled)) // `owner->`: the owner
    if (Arrow->getOperator() == OO_Arrow && Arrow->getNumArgs() == 1)
      Spelled = Arrow->getArg(0)->IgnoreImplicit();
  SourceRange Range = Spelled->getSourceRange();
  llvm::StringRef Text;
  if (Range.isValid() && Range.getBegin().isFileID() && Range.getEnd().isFileID())
    Text = Lexer::getSourceText(CharSourceRange::getTokenRange(Range), SM, Ctx.getLangOpts());
  if (Text.empty() || Text.size() > 60 || Text.contains('\n'))
    return "'" + P.name() + "'";
  return "'" + Text.str() + "'";
}

/// Keeps the first use of each place at each location (a callee reached
/// both as a callable and through its call is read twice).
static void removeRepeats(std::vector<SharedUse> &Uses) {
  std::vector<SharedUse> Kept;
  for (SharedUse &U : Uses)
    if (llvm::none_of(Kept, [&](const SharedUse &K) { return K.Where == U.Where && K.Loc == U.Loc; }))
      Kept.push_back(std::move(U));
  Uses = std::move(Kept);
}

const ParentMap &SharedUseScanner::parentMapOf(const Stmt &Body) {
  std::unique_ptr<ParentMap> &Map = ParentMaps[&Body];
  if (!Map)
    Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&Body));
  return *Map;
}

const std::vector<SharedUse> &SharedUseScanner::calleeUses(const FunctionDecl &Fn, unsigned Depth) {
  const FunctionDecl *Definition = nullptr;
  auto Found = Callees.find(&Fn);
  if (Found != Callees.end())
    return Found->second;
  std::vector<SharedUse> &Uses = Callees[&Fn]; // (empty while computed: recursion)
  const Stmt *Body = Fn.getBody(Definition);
  if (!Body || !Definition || Definition->isDependentContext() ||
      Definition->getASTContext().getSourceManager().isInSystemHeader(Definition->getLocation()))
    return Uses;
  // (Its parameters are its own: what it is passed is used at the call.)
  std::vector<SharedUse> Computed;
  Walk W(*this, parentMapOf(*Body), Definition, /*InTask=*/false, Depth, Computed);
  W.walk(Body);
  removeRepeats(Computed);
  std::vector<SharedUse> &Stored = Callees[&Fn]; // (the map may have grown)
  Stored = std::move(Computed);
  return Stored;
}

void SharedUseScanner::scanTask(const Expr &Start, std::vector<SharedUse> &Out) {
  // The start expression runs in the starter; its callable's body in the
  // task: the walk enters lambda bodies and bound methods in task mode.
  Walk W(*this, parentMapOf(Start), nullptr, /*InTask=*/true, 0, Out);
  W.walk(&Start);
  removeRepeats(Out);
}

void SharedUseScanner::scanStarter(const Stmt &Body, const ParentMap &PM,
                                   const llvm::SmallPtrSetImpl<const Stmt *> &Skip,
                                   std::vector<SharedUse> &Out) {
  Walk W(*this, PM, nullptr, /*InTask=*/false, 0, Out);
  W.Skip = &Skip;
  W.walk(&Body);
}

std::pair<ConcurrentUse, bool> SharedUseScanner::kindOf(QualType T) {
  if (T.isNull())
    return {ConcurrentUse::Unspecified, false};
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (QualType Owned = ownedType(T); !Owned.isNull())
    T = Owned;
  const Type *Key = T.getCanonicalType().getTypePtr();
  auto Found = Modes.find(Key);
  if (Found != Modes.end())
    return Found->second;
  ConcurrentUse Mode = Model.concurrentUse(T);
  bool Holder = false;
  // A class of the project holding one (a repository with its connection).
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (Mode == ConcurrentUse::Unspecified && Record && Record->hasDefinition() &&
      !Record->getASTContext().getSourceManager().isInSystemHeader(Record->getLocation()))
    for (const FieldDecl *Field : Record->fields()) {
      QualType FieldType = Field->getType().getNonReferenceType();
      if (FieldType->isPointerType())
        FieldType = FieldType->getPointeeType();
      if (QualType Owned = ownedType(FieldType); !Owned.isNull())
        FieldType = Owned;
      if ((Mode = Model.concurrentUse(FieldType)) != ConcurrentUse::Unspecified) {
        Holder = true;
        break;
      }
    }
  Modes[Key] = {Mode, Holder};
  return {Mode, Holder};
}

} // namespace txscope
