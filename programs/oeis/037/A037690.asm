; A037690: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0,3.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 6*d(n-1)+(gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)))+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 1,8,48,291,1747,10484,62904,377427,2264563,13587380,81524280,489145683,2934874099,17609244596,105655467576,633932805459,3803596832755,22821580996532,136929485979192,821576915875155,4929461495250931

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,6
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
