; A212963: a(n) = number of ordered triples (w,x,y) such that w,x,y are all in {0,...,n} and the numbers |w-x|, |x-y|, |y-w| are distinct.
; 0,0,0,12,36,84,156,264,408,600,840,1140,1500,1932,2436,3024,3696,4464,5328,6300,7380,8580,9900,11352,12936,14664,16536,18564,20748,23100,25620,28320,31200,34272,37536,41004,44676,48564,52668,57000

sub $0,1
mov $3,2
mul $0,2
add $0,1
lpb $0
  add $2,$3
  sub $3,$0
  sub $0,1
lpe
mov $0,$2
mul $0,-3
add $0,105
div $0,48
add $0,3
sub $0,19
sub $0,-12
mul $0,2
sub $0,-4
div $0,4
mul $0,12
