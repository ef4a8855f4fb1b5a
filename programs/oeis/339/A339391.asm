; A339391: Maximum, over all binary strings w of length n, of the size of the smallest string attractor for w.
; Formula: a(n) = truncate((floor((n+4)/2)-6)/2)+3
; 1,2,2,2,2,3,3,3,3,3,3,4,4,4,4,5,5,5,5

#offset 1

add $0,4
div $0,2
sub $0,6
div $0,2
add $0,3
