; A350271: The covering radius of the first order Reed-Muller code RM(1,n).
; Formula: a(n) = lodapow(2,n-1)-lodapow(2,truncate((n-1)/2))
; 0,1,2,6,12,28,56,120

#offset 1

sub $0,1
mov $1,2
mov $2,$0
mov $0,2
pow $0,$2
div $2,2
pow $1,$2
sub $0,$1
