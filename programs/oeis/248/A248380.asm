; A248380: a(n) = 1 if first player in Sylver coinage game can force a win by choosing n as the first number, otherwise a(n) = 2.
; Formula: a(n) = min(gcd(max(n,2),6),2)
; 2,2,2,2,1,2,1,2,2,2,1,2,1,2,2

#offset 1

max $0,2
gcd $0,6
min $0,2
