; A073531: Number of n-digit positive integers with all digits distinct.
; Formula: a(n) = 9*lodafac(9,0-(n-1))
; 9,81,648,4536,27216,136080,544320,1632960,3265920,3265920

#offset 1

sub $0,1
sub $1,$0
mov $0,9
fac $0,$1
mul $0,9
