; A367335: Long leg of the only primitive Pythagorean triple whose inradius is the n-th odd prime and whose short leg is an even number.
; Formula: a(n) = (b(n+1)+1)^2-1, b(n) = A151800(b(n-1)), b(0) = 0
; 15,35,63,143,195,323,399,575,899,1023,1443,1763,1935,2303,2915,3599,3843,4623,5183,5475,6399,7055,8099,9603,10403,10815,11663,12099,12995,16383,17423,19043,19599,22499,23103,24963,26895,28223,30275,32399,33123,36863

#offset 1

add $0,1
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
add $0,1
pow $0,2
sub $0,1
