; A109622: Number of different isotemporal classes of diasters with n peripheral edges.
; Formula: a(n) = sum(k=1,n+2,floor(k/2)^2-1)+2
; 1,1,4,7,15,23,38,53,77,101,136,171,219,267,330,393,473,553,652,751,871,991,1134,1277,1445,1613,1808,2003,2227,2451,2706,2961,3249,3537,3860,4183,4543,4903,5302,5701,6141,6581,7064,7547,8075,8603

add $0,2
lpb $0
  mov $1,$0
  sub $0,1
  div $1,2
  pow $1,2
  sub $1,1
  add $2,$1
lpe
mov $0,$2
add $0,2
