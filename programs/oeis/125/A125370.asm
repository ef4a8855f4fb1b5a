; A125370: Number of base 7 circular n-digit numbers with adjacent digits differing by 5 or less.
; Formula: a(n) = 2*b(n)+1, b(n) = b(n-1)+c(n-1)+lodadgs(c(n-1),b(n-1)+c(n-1)), c(n) = -5*(lodadgs(c(n-1),b(n-1)+c(n-1))-(b(n-1)+c(n-1)+lodadgs(c(n-1),b(n-1)+c(n-1)))), b(0) = 0, c(0) = 2
; 1,7,47,307,2067,13927,93887,632947,4267107,28767367,193939727,1307475187,8814549747,59424674407,400620795167,2700848143027,18208192833987,122753397719047,827561350484207,5579135091500467

mov $1,$0
mov $0,2
lpb $1
  add $2,$0
  dgs $0,$2
  sub $1,1
  add $2,$0
  sub $0,$2
  mul $0,-5
lpe
mov $0,$2
mul $0,2
add $0,1
