; A014687: In sequence of odd primes add 1 to first prime, 3rd prime, 5th prime, ... then subtract 1 from 2nd prime, fourth prime, sixth prime and so on.
; Formula: a(n) = c(n)-b(n), b(n) = -b(n-1), c(n) = A151800(c(n-1)), b(0) = A132419(0), c(0) = 2
; 4,4,8,10,14,16,20,22,30,30,38,40,44,46,54,58,62,66,72,72,80,82,90,96,102,102,108,108,114,126,132,136,140,148,152,156,164,166,174,178,182,190,194,196,200,210,224,226,230,232,240,240,252,256,264,268,272,276

#offset 1

seq $1,132419
mov $2,2
lpb $0
  mul $1,-1
  seq $2,151800
  sub $0,1
lpe
sub $2,$1
mov $0,$2
