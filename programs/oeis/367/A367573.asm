; A367573: Long legs of the only primitive Pythagorean triple whose inradius is the n-th prime and whose short leg is an odd number.
; Formula: a(n) = 4*binomial(0-b(n),2), b(n) = A151800(b(n-1)), b(0) = 0
; 12,24,60,112,264,364,612,760,1104,1740,1984,2812,3444,3784,4512,5724,7080,7564,9112,10224,10804,12640,13944,16020,19012,20604,21424,23112,23980,25764,32512,34584,37812,38920,44700,45904,49612,53464,56112,60204,64440

#offset 1

lpb $0
  seq $1,151800
  sub $0,1
lpe
sub $0,$1
bin $0,2
mul $0,4
