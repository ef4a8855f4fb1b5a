; case: spaces around the comma
; from: written here
; expect: 5
mov $0 , 5
