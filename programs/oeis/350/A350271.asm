; A350271: The covering radius of the first order Reed-Muller code RM(1,n).
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
