//! Operator precedence, PHP style.
//!
//! The grammar collects every expression as a flat sequence of operands and operators
//! ([`Piece`]s); this module turns it into a tree with PHP's precedence and associativity
//! table (`zend_language_parser.y`). Doing it here instead of with grammar tiers keeps the
//! grammar conflict-free while reproducing yacc's resolution exactly, including prefix forms
//! whose operand extends to the right (`!$a = f()`, `$a && $b = 1`, `print`, `yield`, `fn`).

use super::actions::{bx, ex, Assoc, Cx, PErr, Piece, Pre, INSTANCEOF_PREC, TERNARY_PREC};
use crate::ast::*;
use std::rc::Rc;

/// Builds a plain expression; a top-level `=>` is a syntax error.
pub fn build(cx: &Cx<'_>, mut seq: Vec<Piece>) -> Result<Expr, PErr> {
    // Most expressions are a single operand: nothing to arrange.
    if let [Piece::Operand(_)] = seq.as_slice() {
        if let Some(Piece::Operand(e)) = seq.pop() {
            return Ok(e);
        }
    }
    let mut p = P::new(cx, seq);
    let e = p.parse(0)?.expr;
    p.finish()?;
    Ok(e)
}

/// Builds an array item: `key => value` split at the top level, or a lone value.
pub fn build_pair(cx: &Cx<'_>, mut seq: Vec<Piece>) -> Result<(Option<Expr>, Expr), PErr> {
    if let [Piece::Operand(_)] = seq.as_slice() {
        if let Some(Piece::Operand(e)) = seq.pop() {
            return Ok((None, e));
        }
    }
    let mut p = P::new(cx, seq);
    let first = p.parse(0)?.expr;
    if let Some(Piece::DoubleArrow(..)) = p.peek() {
        p.next();
        let value = p.parse(0)?.expr;
        p.finish()?;
        return Ok((Some(first), value));
    }
    p.finish()?;
    Ok((None, first))
}

/// What the last operator that built an operand was (for non-associativity and the nested
/// ternary rule).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    /// An operand, a prefix form, or anything parenthesised.
    Other,
    /// A non-associative operator at this precedence.
    NonAssoc(u8),
    /// `a ? b : c`.
    Ternary,
    /// `a ?: b`.
    Elvis,
}

struct Built {
    expr: Expr,
    last: Last,
}

struct P<'c, 's> {
    cx: &'c Cx<'s>,
    items: std::iter::Peekable<std::vec::IntoIter<Piece>>,
}

impl<'c, 's> P<'c, 's> {
    fn new(cx: &'c Cx<'s>, seq: Vec<Piece>) -> P<'c, 's> {
        P {
            cx,
            items: seq.into_iter().peekable(),
        }
    }

    fn peek(&mut self) -> Option<&Piece> {
        self.items.peek()
    }

    fn next(&mut self) -> Option<Piece> {
        self.items.next()
    }

    fn finish(&mut self) -> Result<(), PErr> {
        match self.next() {
            None => Ok(()),
            Some(p) => Err(unexpected(&p)),
        }
    }

    /// Parses an operand followed by every operator binding tighter than `min`.
    fn parse(&mut self, min: u8) -> Result<Built, PErr> {
        let mut lhs = self.operand()?;
        loop {
            let (prec, kind) = match self.peek() {
                Some(Piece::Binary(_, prec, assoc, ..)) => (*prec, Some(*assoc)),
                Some(Piece::Ternary(..)) => (TERNARY_PREC, None),
                Some(Piece::Instanceof(..)) => (INSTANCEOF_PREC, None),
                _ => break,
            };
            let _ = kind;
            if prec <= min {
                break;
            }
            let Some(piece) = self.next() else { break };
            lhs = match piece {
                Piece::Binary(op, prec, assoc, text, l, _) => {
                    if assoc == Assoc::Non && lhs.last == Last::NonAssoc(prec) {
                        return Err(PErr::parse(
                            format!("syntax error, unexpected token \"{text}\""),
                            l,
                        ));
                    }
                    let rhs_min = if assoc == Assoc::Right {
                        prec - 1
                    } else {
                        prec
                    };
                    let rhs = self.parse(rhs_min)?;
                    let span = lhs.expr.span.to(rhs.expr.span);
                    Built {
                        expr: Expr {
                            kind: ExprKind::Binary {
                                op,
                                lhs: bx(lhs.expr),
                                rhs: bx(rhs.expr),
                            },
                            span,
                        },
                        last: if assoc == Assoc::Non {
                            Last::NonAssoc(prec)
                        } else {
                            Last::Other
                        },
                    }
                }
                Piece::Ternary(mid, _, _) => {
                    let elvis = mid.is_none();
                    if lhs.last == Last::Ternary || lhs.last == Last::Elvis {
                        let msg = match (lhs.last == Last::Elvis, elvis) {
                            (false, false) => "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`",
                            (false, true) => "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`",
                            (true, false) => "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`",
                            (true, true) => "",
                        };
                        if !msg.is_empty() {
                            self.cx
                                .defer(PErr::fatal(msg, lhs.expr.span.start as usize));
                        }
                    }
                    let rhs = self.parse(TERNARY_PREC)?;
                    let span = lhs.expr.span.to(rhs.expr.span);
                    Built {
                        expr: Expr {
                            kind: ExprKind::Ternary {
                                cond: bx(lhs.expr),
                                then: mid,
                                else_: bx(rhs.expr),
                            },
                            span,
                        },
                        last: if elvis { Last::Elvis } else { Last::Ternary },
                    }
                }
                Piece::Instanceof(class, _, r) => {
                    let span = lhs.expr.span.to(Span::new(r, r));
                    Built {
                        expr: Expr {
                            kind: ExprKind::Instanceof {
                                expr: bx(lhs.expr),
                                class,
                            },
                            span,
                        },
                        last: Last::Other,
                    }
                }
                other => return Err(unexpected(&other)),
            };
        }
        Ok(lhs)
    }

    /// An operand: a complete atom, or a prefix operator applied to what follows.
    fn operand(&mut self) -> Result<Built, PErr> {
        let piece = match self.next() {
            Some(p) => p,
            None => return Err(PErr::parse("syntax error, unexpected end of file", 0)),
        };
        let expr = match piece {
            Piece::Operand(e) => e,
            Piece::BareYield(l, r) => ex(
                ExprKind::Yield {
                    key: None,
                    value: None,
                },
                l,
                r,
            ),
            Piece::Prefix(op, l, _) => {
                let prec = op.prec();
                let operand = self.parse(prec)?.expr;
                self.prefix(op, l, operand)?
            }
            other => return Err(unexpected(&other)),
        };
        Ok(Built {
            expr,
            last: Last::Other,
        })
    }

    fn prefix(&mut self, op: Pre, l: usize, operand: Expr) -> Result<Expr, PErr> {
        let r = operand.span.end as usize;
        let b = bx;
        let kind = match op {
            Pre::Unary(u) => ExprKind::Unary {
                op: u,
                expr: b(operand),
            },
            Pre::Cast(k) => {
                if k == CastKind::Unset {
                    self.cx
                        .defer(PErr::fatal("The (unset) cast is no longer supported", l));
                }
                ExprKind::Cast {
                    kind: k,
                    expr: b(operand),
                }
            }
            Pre::Silence => ExprKind::Silence(b(operand)),
            Pre::Clone => ExprKind::Clone(b(operand)),
            Pre::Print => ExprKind::Print(b(operand)),
            Pre::Throw => ExprKind::Throw(b(operand)),
            Pre::Include(k) => ExprKind::Include {
                kind: k,
                expr: b(operand),
            },
            Pre::YieldFrom => ExprKind::YieldFrom(b(operand)),
            Pre::Yield => {
                if let Some(Piece::DoubleArrow(..)) = self.peek() {
                    self.next();
                    let value = self.parse(Pre::Yield.prec())?.expr;
                    let r = value.span.end as usize;
                    return Ok(ex(
                        ExprKind::Yield {
                            key: Some(b(operand)),
                            value: Some(b(value)),
                        },
                        l,
                        r,
                    ));
                }
                ExprKind::Yield {
                    key: None,
                    value: Some(b(operand)),
                }
            }
            Pre::Assign(target) => ExprKind::Assign {
                target: b(target),
                value: b(operand),
            },
            Pre::AssignOp(op, target) => ExprKind::AssignOp {
                op,
                target: b(target),
                value: b(operand),
            },
            Pre::ArrowFn(mut decl) => {
                let span = operand.span;
                let body = vec![Stmt {
                    kind: StmtKind::Return(Some(operand)),
                    span,
                }];
                decl.is_generator = super::visit::block_yields(&body);
                decl.body = Some(body);
                decl.span.end = r as u32;
                ExprKind::ArrowFn(Rc::from(decl))
            }
        };
        Ok(ex(kind, l, r))
    }
}

use crate::span::Span;

fn unexpected(p: &Piece) -> PErr {
    let (text, at) = match p {
        Piece::Binary(_, _, _, text, l, _) => (*text, *l),
        Piece::Ternary(Some(_), l, _) => ("?", *l),
        Piece::Ternary(None, l, _) => ("?", *l),
        Piece::Instanceof(_, l, _) => ("instanceof", *l),
        Piece::DoubleArrow(l, _) => ("=>", *l),
        Piece::Prefix(_, l, _) | Piece::BareYield(l, _) => ("yield", *l),
        Piece::Operand(e) => ("", e.span.start as usize),
    };
    PErr::parse(format!("syntax error, unexpected token \"{text}\""), at)
}
