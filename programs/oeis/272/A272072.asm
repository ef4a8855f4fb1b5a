; A272072: Nonnegative integers n such that 10^n is not of the form x^3 + y^3 + z^3 where x > y > z > 0.
; Formula: a(n) = n-1+max(n-1+(n-1)-11,0)
; 0,1,2,3,4,5,7,10

#offset 1

sub $0,1
mov $1,$0
add $1,$0
trn $1,11
add $0,$1
