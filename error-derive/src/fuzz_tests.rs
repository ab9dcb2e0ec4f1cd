//! The derive on mutated inputs: whatever the tokens, it yields an impl or
//! errors, and never panics. The mutations come from fixed seeds, so that a
//! failure reproduces.

use crate::expand::{derive, derive_from_response};
use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};
use quote::quote;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// Mutants tried per corpus input; tuned to keep a debug run near 8 s.
const MUTANTS_PER_INPUT: usize = 3_000;

/// At most this many mutations are stacked on one mutant.
const MAX_STACKED: usize = 3;

/// Panicking inputs shown in the failure message, of all those found.
const SHOWN: usize = 5;

/// xorshift64: deterministic and enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // A zero state would stay zero.
        Rng(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n`, which must not be zero.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A token tree that can be edited in place.
#[derive(Clone)]
enum Node {
    Leaf(TokenTree),
    Group(Delimiter, Vec<Node>),
}

fn nodes(stream: TokenStream) -> Vec<Node> {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => Node::Group(group.delimiter(), nodes(group.stream())),
            other => Node::Leaf(other),
        })
        .collect()
}

fn stream(nodes: &[Node]) -> TokenStream {
    nodes
        .iter()
        .map(|node| match node {
            Node::Leaf(tree) => tree.clone(),
            Node::Group(delimiter, inner) => {
                TokenTree::Group(Group::new(*delimiter, stream(inner)))
            }
        })
        .collect()
}

type Pred = fn(&Node) -> bool;

fn any(_: &Node) -> bool {
    true
}

fn is_literal(node: &Node) -> bool {
    matches!(node, Node::Leaf(TokenTree::Literal(_)))
}

fn is_ident(node: &Node) -> bool {
    matches!(node, Node::Leaf(TokenTree::Ident(_)))
}

fn is_group(node: &Node) -> bool {
    matches!(node, Node::Group(..))
}

fn is_bracket(node: &Node) -> bool {
    matches!(node, Node::Group(Delimiter::Bracket, _))
}

fn count(list: &[Node], pred: Pred) -> usize {
    list.iter()
        .map(|node| {
            let inner = match node {
                Node::Group(_, inner) => count(inner, pred),
                Node::Leaf(_) => 0,
            };
            usize::from(pred(node)) + inner
        })
        .sum()
}

/// Calls `edit` with the list that holds the `k`th node matching `pred`, in
/// pre-order, and the node's index in it.
fn visit(
    list: &mut Vec<Node>,
    pred: Pred,
    k: &mut usize,
    edit: &mut dyn FnMut(&mut Vec<Node>, usize),
) -> bool {
    let mut index = 0;
    while index < list.len() {
        if pred(&list[index]) {
            if *k == 0 {
                edit(list, index);
                return true;
            }
            *k -= 1;
        }
        if let Node::Group(_, inner) = &mut list[index] {
            if visit(inner, pred, k, edit) {
                return true;
            }
        }
        index += 1;
    }
    false
}

/// Edits one node matching `pred`, picked at random; false if none does.
fn edit_one(
    tree: &mut Vec<Node>,
    rng: &mut Rng,
    pred: Pred,
    edit: &mut dyn FnMut(&mut Vec<Node>, usize),
) -> bool {
    let total = count(tree, pred);
    if total == 0 {
        return false;
    }
    let mut k = rng.below(total);
    visit(tree, pred, &mut k, edit)
}

/// The replacements the mutations draw from.
struct Pools {
    literals: Vec<TokenTree>,
    idents: Vec<TokenTree>,
    extras: Vec<TokenTree>,
}

impl Pools {
    fn new() -> Self {
        let strings = [
            "",
            " ",
            "{",
            "}",
            "{}",
            "{{",
            "}}",
            "{{}}",
            "{0}",
            "{1}",
            "{0}{1}{2}",
            "{x}",
            "{x:>width$}",
            "{0:>1$}",
            "{:>0$}",
            "{:.*}",
            "{0:.*}",
            "{:.1$}",
            "{:?}",
            "{:#?}",
            "{:p}",
            "{:x}",
            "{:+#010.3e}",
            "{0:é>5}",
            "{:\u{1F600}^9}",
            "{é}",
            "é{",
            "{ü",
            "}é",
            "{0.0}",
            "{ 0 }",
            "{0 }",
            "{:}",
            "{name}",
            "{r#type}",
            "{_}",
            "{:99999999999999999999}",
            "{:.99999999999999999999}",
            "{99999999999999999999}",
            "{:1$.2$}",
            "{a:b$.c$}",
            "\u{0}",
            "{\u{0}}",
            "\u{301}{0}",
            "\r\n",
            "\u{2028}",
            "\"",
            "\\",
            "5xx",
            "4xx",
            "all",
            "none",
            "problem",
            "https://example.com/errors/",
            "https://",
            "/errors/",
            "crate",
            "my::runtime",
            "::x",
            "x::",
            "a b",
            "404",
            "NOT_FOUND",
            "StatusCode::NOT_FOUND",
            "1.2",
            "Retry-After",
            "Retry After",
            "Content-Length",
            "X-\u{7f}",
        ];
        let mut literals: Vec<TokenTree> = strings
            .iter()
            .map(|text| Literal::string(text).into())
            .collect();
        literals.extend(quote! {
            0 1 100 200 302 400 404 418 500 599 600 999 1000 65535 65536
            4294967296 18446744073709551616
            340282366920938463463374607431768211456
            404u16 404_u8 404i64 0x194 0o624 0b1 404usize 1_2_3
            1.5 0.0 1e400 1.5f32 404.0
            'a' '{' '}' '\0' '\u{10FFFF}'
            b'a' b"x" b"{0}" c"x" r"{0}" r#"{x}"# br"raw"
            true false
        });
        literals.extend([
            Literal::i32_unsuffixed(-1).into(),
            Literal::i64_unsuffixed(i64::MIN).into(),
            Literal::u16_unsuffixed(u16::MAX).into(),
            Literal::u32_unsuffixed(u32::from(u16::MAX) + 1).into(),
            Literal::f64_unsuffixed(-0.5).into(),
            Literal::character('\u{0}').into(),
        ]);
        let idents = quote! {
            status message description code api_error example since deprecated
            header details masked public crate display no_framework_glue format
            type_base oauth mask note Message Status statuss
            StatusCode NOT_FOUND http u8 u16 usize String Vec Option Box
            Self self super fn where struct enum union impl dyn const static
            async move as in for r#type r#match true false E S T A B
        };
        let extras = quote! {
            = , : :: - # ! ; . < > & * ? + / @ $ ~ ^ | % 'a 'static
            ()  [] {}
        };
        Pools {
            literals: literals.into_iter().collect(),
            idents: idents.into_iter().collect(),
            extras: extras.into_iter().collect(),
        }
    }
}

const DELIMITERS: [Delimiter; 4] = [
    Delimiter::Parenthesis,
    Delimiter::Brace,
    Delimiter::Bracket,
    Delimiter::None,
];

/// Applies one mutation, half the time inside an attribute, where most
/// mutants still parse; false if the tree had nothing it applies to.
fn mutate(tree: &mut Vec<Node>, rng: &mut Rng, pools: &Pools) -> bool {
    let mut pick = Rng::new(rng.next());
    if rng.below(2) == 0 {
        return edit_one(tree, rng, is_bracket, &mut |list, index| {
            if let Node::Group(_, inner) = &mut list[index] {
                mutate_anywhere(inner, &mut pick, pools);
            }
        });
    }
    mutate_anywhere(tree, rng, pools)
}

fn mutate_anywhere(tree: &mut Vec<Node>, rng: &mut Rng, pools: &Pools) -> bool {
    let mut pick = Rng::new(rng.next());
    match rng.below(8) {
        0 => edit_one(tree, rng, any, &mut |list, index| {
            list.remove(index);
        }),
        1 => edit_one(tree, rng, any, &mut |list, index| {
            let copy = list[index].clone();
            list.insert(index, copy);
        }),
        2 => edit_one(tree, rng, any, &mut |list, index| {
            let other = pick.below(list.len());
            list.swap(index, other);
        }),
        3 => edit_one(tree, rng, is_literal, &mut |list, index| {
            list[index] = Node::Leaf(pick.pick(&pools.literals).clone());
        }),
        4 => edit_one(tree, rng, is_ident, &mut |list, index| {
            list[index] = Node::Leaf(pick.pick(&pools.idents).clone());
        }),
        5 => edit_one(tree, rng, is_group, &mut |list, index| {
            if let Node::Group(delimiter, _) = &mut list[index] {
                *delimiter = *pick.pick(&DELIMITERS);
            }
        }),
        6 => edit_one(tree, rng, any, &mut |list, index| {
            let end = (index + 1 + pick.below(3)).min(list.len());
            let wrapped: Vec<Node> = list.drain(index..end).collect();
            list.insert(index, Node::Group(*pick.pick(&DELIMITERS), wrapped));
        }),
        _ => edit_one(tree, rng, any, &mut |list, index| {
            let pool = match pick.below(3) {
                0 => &pools.literals,
                1 => &pools.idents,
                _ => &pools.extras,
            };
            list.insert(index, Node::Leaf(pick.pick(pool).clone()));
        }),
    }
}

/// Valid and invalid inputs, covering each attribute the derive knows.
fn corpus() -> Vec<TokenStream> {
    vec![
        quote! {
            #[api_error(display)]
            enum E {
                #[status(404)]
                #[message("no {0:?} here")]
                A(u8),
                #[status(500)]
                B,
                #[status(400)]
                #[message("{name:>width$} and {{braces}}")]
                #[description("the {name} was {width:.3}")]
                C { name: String, width: usize },
            }
        },
        quote! {
            #[api_error(crate = "my::runtime", no_framework_glue, format = "problem",
                type_base = "https://example.com/errors/")]
            enum E<'a, T: Clone, const N: usize = 3> where T: Default {
                #[status(StatusCode::NOT_FOUND)]
                #[message("{0} of {1}")]
                #[code("not_here")]
                A(&'a str, T),
                #[status(http::StatusCode::IM_A_TEAPOT)]
                #[message("teapot")]
                B([u8; N]),
            }
        },
        quote! {
            #[api_error(oauth, mask = "5xx")]
            #[since("1.0")]
            enum E {
                #[status(401)]
                #[message("invalid_token")]
                #[header("WWW-Authenticate", "Bearer realm=\"api\"")]
                #[header("Retry-After", "{retry}")]
                A { retry: u64 },
                #[status(503)]
                #[masked]
                #[message("down for {0}")]
                B(u32),
                #[status(502)]
                #[public]
                #[message("upstream {0}")]
                C(String),
            }
        },
        quote! {
            #[status(422)]
            #[message("bad {field}")]
            #[example(field = "email")]
            #[since("2.1")]
            #[deprecated(note = "use V2")]
            struct S { field: String, #[details] extra: Vec<u32> }
        },
        quote! {
            #[status(400)]
            #[message("m")]
            struct Unit;
        },
        quote! {
            union U { a: u8, b: u16 }
        },
        quote! {
            enum E {
                #[status(-1)]
                #[message("negative")]
                A,
                #[status("404")]
                #[message("string")]
                B,
                #[status(65536)]
                #[message("too big")]
                C,
                #[status(404_u16)]
                D,
            }
        },
        quote! {
            enum E {
                #[status(400)]
                #[message("{")]
                A,
                #[status(400)]
                #[message("}")]
                B,
                #[status(400)]
                #[message("{:p} {x:>width$} {2} {:.*}")]
                C(u8),
                #[status(400)]
                #[message("")]
                #[description("  ")]
                D,
            }
        },
        quote! {
            #[api_error(crat = "x", display, display, mask = "5XX", format = "json")]
            #[message("on the enum")]
            enum E {
                #[status(302)]
                #[message("m")]
                #[api_error(display)]
                A(#[code("x")] u8),
                #[Message("m")]
                #[status(400)]
                B,
                #[status(400)]
                #[message("m")]
                #[code("b")]
                C,
            }
        },
        quote! {
            enum E {
                #[status(400)]
                #[message("{a}")]
                #[example(a = "x")]
                #[example(a = "y")]
                #[since("")]
                A { #[example(a = "z")] #[since("3")] a: u8 },
                #[status(500)]
                #[since(1.2)]
                #[deprecated]
                B(std::io::Error),
                #[status(400)]
                #[message("{0}")]
                #[example(1 = "a", x = "b")]
                C(u8),
            }
        },
        quote! {
            enum E {
                #[status(400)]
                #[message("{0}")]
                A(#[details] Vec<u8>, #[details] u8),
                #[details]
                #[status(400)]
                #[message("m")]
                B,
                #[status(400)]
                #[message("m")]
                C(#[details(x)] u8),
            }
        },
        quote! {
            #[api_error(mask = "all")]
            enum E {
                #[status(500)]
                #[masked]
                #[public]
                #[message("m")]
                A,
                #[status(500)]
                #[masked]
                #[header("X-Supplier", "{0}")]
                B(String),
                #[status(400)]
                #[message("m")]
                #[header("Retry After", "1")]
                #[header("Content-Length", "1")]
                C,
            }
        },
        quote! {
            #[api_error(type_base = "/errors/", crate, oauth = 1, display(yes))]
            enum E<T> where T: ::core::fmt::Debug {
                #[status(not_found)]
                #[message("{0:?}")]
                A(T),
                #[status(StatusCode::<u8>::NOT_FOUND)]
                #[message("m")]
                B,
                #[status(::NOT_FOUND)]
                C,
            }
        },
        quote! {
            enum Empty {}
        },
        quote! {
            #[api_error(display)]
            enum E<'a, 'b: 'a, T: ?Sized + 'a> {
                #[status(409)]
                #[message("{r#type} {0.0}")]
                #[description("{{ {} }}")]
                #[code("")]
                A { r#type: &'a T, other: &'b str },
                #[status(0)]
                #[message("\u{0}")]
                #[deprecated = "old"]
                B,
            }
        },
    ]
}

/// Runs the derive on `input`: whether it accepted the input, or the
/// message of its panic.
///
/// `#[derive(FromResponse)]` runs on the input too; it reads the same
/// attributes, and must accept and refuse what `ApiError` does.
fn expand(input: &syn::DeriveInput) -> Result<bool, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let accepted = match derive(input) {
            Ok(tokens) => !tokens.is_empty(),
            Err(failure) => failure.error.into_compile_error().is_empty(),
        };
        let client = derive_from_response(input).is_ok();
        assert_eq!(accepted, client, "the two derives disagree");
        accepted
    }))
    .map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default()
    })
}

#[test]
fn fuzz_mutated_inputs_never_panic() {
    let start = Instant::now();
    let pools = Pools::new();
    let (mut tried, mut parsed, mut accepted) = (0, 0, 0);
    let mut panics = Vec::new();
    for (number, original) in corpus().into_iter().enumerate() {
        let original = nodes(original);
        let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15 ^ number as u64);
        for round in 0..=MUTANTS_PER_INPUT {
            let mut tree = original.clone();
            // Round 0 is the input as written.
            let stacked = if round == 0 {
                0
            } else {
                1 + rng.below(MAX_STACKED)
            };
            for _ in 0..stacked {
                mutate(&mut tree, &mut rng, &pools);
            }
            tried += 1;
            let tokens = stream(&tree);
            let Ok(input) = syn::parse2::<syn::DeriveInput>(tokens.clone()) else {
                continue;
            };
            parsed += 1;
            match expand(&input) {
                Ok(ok) => accepted += usize::from(ok),
                Err(message) => panics.push(format!(
                    "input {number}, round {round}: {message}\n  {tokens}"
                )),
            }
        }
    }
    println!(
        "fuzz: {tried} mutants, {parsed} parsed and expanded ({accepted} accepted), {} panicked, in {:.2?}",
        panics.len(),
        start.elapsed()
    );
    let shown: Vec<_> = panics.iter().take(SHOWN).collect();
    assert!(
        panics.is_empty(),
        "{} inputs made the derive panic; the first:\n{shown:#?}",
        panics.len()
    );
}
