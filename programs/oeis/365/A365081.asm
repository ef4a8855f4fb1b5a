; A365081: Numbers k with the property that the symmetric representation of sigma(k) has four parts and its second part is an octagon of width 1 and one of the vertices of the octagon is also the central vertex of the first valley of the largest Dyck path of the diagram.
; Formula: a(n) = 6*truncate((b(n+2)-8)/2)+27, b(n) = A151800(b(n-1)), b(0) = 0
; 21,27,33,39,51,57,69,87,93,111,123,129,141,159,177,183,201,213,219,237,249,267,291,303,309,321,327,339,381

#offset 1

add $0,2
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
sub $0,8
div $0,2
mul $0,6
add $0,27
