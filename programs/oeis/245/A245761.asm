; A245761: Numbers with a maximal multiplicative persistence of 1 in any base.
; Formula: a(n) = n-1+max(n-1+(n-1)-15,0)
; 0,1,2,3,4,5,6,7,9,12

#offset 1

sub $0,1
mov $1,$0
add $1,$0
trn $1,15
add $0,$1
