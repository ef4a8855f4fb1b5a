; A384219: Areas of triangles whose three vertices are consecutive ordered pairs of consecutive odd Fibonacci numbers such that an ordered pair's y-value is the next ordered pair's x-value.
; Formula: a(n) = -2*truncate(c(max(n-1,0))/5)+2, b(n) = -(b(n-1)+c(n-1))+(c(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))-7), c(n) = c(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))-7, b(0) = -2, c(0) = 0
; 2,6,24,104,442,1870,7920,33552,142130,602070,2550408,10803704,45765226,193864606,821223648,3478759200,14736260450,62423800998,264431464440,1120149658760,4745030099482,20100270056686,85146110326224,360684711361584,1527884955772562

#offset 1

sub $0,1
mov $1,$0
mov $0,-2
lpb $1
  sub $1,1
  add $0,$2
  add $2,$0
  add $2,$0
  sub $2,7
  mul $0,-1
  add $0,$2
lpe
mov $0,$2
div $0,5
mul $0,-2
add $0,2
