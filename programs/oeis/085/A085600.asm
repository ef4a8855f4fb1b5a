; A085600: Number of simple graphs with 3 edges on n vertices.
; Formula: a(n) = floor(min(3*max(n-2,0),10)/2)
; 0,0,1,3,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 1

sub $0,2
max $0,0
mul $0,3
min $0,10
div $0,2
