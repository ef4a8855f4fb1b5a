; A096489: Noncomposite numbers n such that number of decimal digits of n = number of divisors of n.
; Formula: a(n) = lodadif(b(n+3),7), b(n) = A151800(b(n-1)), b(0) = 0
; 1,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97

#offset 1

add $0,3
lpb $0
  seq $1,151800
  sub $0,1
lpe
dif $1,7
mov $0,$1
