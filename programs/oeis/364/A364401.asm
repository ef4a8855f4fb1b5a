; A364401: a(n) is the number of regions into which three-dimensional Euclidean space is divided by n-1 planes parallel to each face of a regular tetrahedron with edge length n, dividing the edges into unit segments.
; 1,15,65,174,365,661,1085,1660,2409,3355,4521,5930,7605,9569,11845,14456,17425,20775,24529,28710,33341,38445,44045,50164,56825,64051,71865,80290,89349,99065,109461,120560,132385,144959,158305,172446,187405,203205,219869,237420,255881,275275,295625,316954

#offset 1

sub $0,1
mov $1,$0
mov $2,$1
mov $0,4
lpb $1
  add $0,9
  sub $1,1
  sub $3,$0
  sub $2,$3
  add $0,14
lpe
mov $0,$2
add $0,1
