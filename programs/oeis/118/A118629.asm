; A118629: Number of n-digit integers with decimal digits in increasing order.
; Formula: a(n) = lodabin(9,n)+(n-1==0)
; 10,36,84,126,126,84,36,9,1

#offset 1

sub $0,1
mov $1,$0
add $0,1
mov $2,9
bin $2,$0
mov $0,$2
equ $1,0
add $0,$1
