; A152484: Odd numbers which are not the sum of an even semiprime and an odd semiprime.
; Formula: a(n) = 2*(n-7+A217367(lodapow(2,n-7)))+13
; 1,3,5,7,9,11,17,33

#offset 1

sub $0,7
mov $1,2
pow $1,$0
seq $1,217367
add $0,$1
mul $0,2
add $0,13
