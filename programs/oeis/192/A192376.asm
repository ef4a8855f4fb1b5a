; A192376: Constant term of the reduction by x^2->x+2 of the polynomial p(n,x) defined below in Comments.
; 1,0,7,16,73,256,975,3616,13521,50432,188247,702512,2621849,9784832,36517535,136285248,508623521,1898208768,7084211623,26438637648,98670339049,368242718464,1374300534895,5128959421024,19141537149297,71437189176064

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,$0
add $0,4
lpb $0
  sub $2,$1
  add $2,$4
  add $3,-1
  add $2,$3
  sub $0,1
  add $2,$4
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $4,$1
  add $2,$1
  sub $3,$1
  add $1,$3
  sub $2,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$2
sub $0,-2
mul $0,-1
add $0,1
